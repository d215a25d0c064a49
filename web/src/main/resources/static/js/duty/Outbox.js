// Records waiting to be sent: each is kept in localStorage with its own Idempotency-Key before it
// is first sent, and sent again with that key whenever the connection comes back, so a record made
// offline (or whose answer was lost) arrives once. A refusal (4xx) takes it out and is reported.
import { ApiError, send } from '../api.js';

const STORAGE_KEY = 'onegrid.duty.outbox';
const RETRY_MS = 15000;

export class Outbox {
  /** onSent(record, answer), onRefused(record, error): told after each try. */
  constructor({ onSent, onRefused }) {
    this._onSent = onSent;
    this._onRefused = onRefused;
    this._sending = null;
    window.addEventListener('online', () => this.flush());
    // A phone may never say it was offline: what waits is tried again now and then too.
    setInterval(() => this.waiting().length && this.flush(), RETRY_MS);
  }

  /** Keeps the record, then tries to send everything waiting; resolves when that try is over. */
  add(body) {
    const key = crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
    this._write([...this.waiting(), { key, body }]);
    return this.flush();
  }

  /** What is kept and not yet sent. */
  waiting() {
    try {
      return JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '[]');
    } catch {
      return [];
    }
  }

  /** Sends what is waiting, one at a time (a try already under way is waited for). */
  flush() {
    if (!this._sending) {
      this._sending = this._sendAll().finally(() => { this._sending = null; });
    }
    return this._sending;
  }

  async _sendAll() {
    for (const item of this.waiting()) {
      if (!navigator.onLine) {
        return;
      }
      try {
        const answer = await send('POST', 'duty-records', item.body, { key: item.key });
        this._remove(item.key);
        this._onSent(item, answer);
      } catch (error) {
        if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 409) {
          this._remove(item.key);
          this._onRefused(item, error);
        } else {
          return; // no connection, or the server away: kept for the next try
        }
      }
    }
  }

  _remove(key) {
    this._write(this.waiting().filter((item) => item.key !== key));
  }

  _write(items) {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  }
}
