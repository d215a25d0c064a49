// A member's phone page: my posts, my slots this week, "record now" (kept on the phone until
// sent), my records this month and last.
import { read } from '../api.js';
import { el } from '../dom.js';
import { language, t } from '../i18n.js';
import { Outbox } from './Outbox.js';
import { RecordForm } from './RecordForm.js';
import { recordItem } from './recordItem.js';

export class MemberView {
  constructor(root, status, config) {
    this._root = root;
    this._status = status;
    this._config = config;
    this._records = el('ul', { id: 'duty-records' });
    this._outbox = new Outbox({
      onSent: (item, answer) => {
        this._answer = answer;
        this._refresh();
      },
      onRefused: (item, error) => this._say(t('duty.refused', { message: error.message }), true),
    });
  }

  async show() {
    const [posts, types] = await Promise.all([read('members/me/posts'), read('incident-types')]);
    const form = new RecordForm(posts, this._config, types.incidentTypes, (body) => this._keep(body));
    this._root.append(
      section(t('duty.myPosts'), posts.length ? el('ul', {}, posts.map((p) => el('li', {}, p.name))) : t('duty.noPosts')),
      section(t('duty.mySlots'), slots(posts)),
      posts.length ? section(t('duty.recordNow'), form.element) : null,
      section(t('duty.myRecords'), this._records));
    form.shown();
    await this._refresh();
    this._outbox.flush();
  }

  async _keep(body) {
    await this._outbox.add(body);
    const waiting = this._outbox.waiting().length;
    if (waiting) {
      this._say(t('duty.queued', { count: waiting }));
    } else {
      this._saySent();
    }
  }

  /** Says what the last answer said: saved, and where its problem's incident went. */
  _saySent() {
    const incident = this._answer && this._answer.incident;
    this._say(incident ? t('duty.incidentReported', { id: incident.id, reason: incident.reason[language() === 'en' ? 'en' : 'zh'] })
      : t('duty.saved'), false, incident ? incident.id : '');
  }

  async _refresh() {
    this._root.setAttribute('aria-busy', 'true');
    try {
      const last = new Date();
      last.setDate(0); // the last day of the month before
      const month = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`;
      const [now, before] = await Promise.all([read('duty-records'), read(`duty-records?month=${month}`)]);
      const records = [...now.records, ...before.records];
      this._records.replaceChildren(...(records.length ? records.map((r) => recordItem(r)) : [el('li', {}, t('duty.none'))]));
      if (!this._outbox.waiting().length && this._status.dataset.kind === 'queued') {
        this._saySent();
      }
    } catch {
      // offline: the list stays as it was
    } finally {
      this._root.setAttribute('aria-busy', 'false');
    }
  }

  _say(text, error = false, incident = '') {
    this._status.textContent = text;
    this._status.dataset.incident = incident;
    this._status.dataset.kind = error ? 'error' : (this._outbox.waiting().length ? 'queued' : 'saved');
  }
}

function section(title, ...content) {
  return el('section', {}, el('h2', {}, title), content);
}

/** My slots across my posts, by weekday. */
function slots(posts) {
  const mine = posts.flatMap((p) => p.slots.filter((s) => s.mine).map((s) => ({ ...s, post: p.name })))
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  if (!mine.length) {
    return t('duty.noSlots');
  }
  return el('ul', {}, mine.map((s) => el('li', { className: 'og-duty-mine' },
    `${t(`weekday.${s.weekday}`)} ${s.start}–${s.end} · ${s.post}`)));
}
