// The search box (an ARIA combobox): what matches a name or code, as the reader types; arrow keys
// move through the results, Enter or a click chooses one, Escape closes the list (and a second
// Escape clears the box).
import { search } from './api.js';
import { el } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

const DELAY_MS = 200;
const LIMIT = 10;
const MAX_LENGTH = 50; // the server's limit

export class SearchBox {
  /** container: an empty element; onChoose(result): a result {kind, collection, code, name, bbox}. */
  constructor(container, { onChoose }) {
    this._onChoose = onChoose;
    this._results = [];
    this._active = -1;
    this._timer = null;
    this._label = el('label', { for: 'og-search-input', className: 'og-visually-hidden' });
    this.input = el('input', {
      id: 'og-search-input', type: 'search', role: 'combobox', autocomplete: 'off',
      spellcheck: 'false', maxlength: MAX_LENGTH, 'aria-autocomplete': 'list',
      'aria-expanded': 'false', 'aria-controls': 'og-search-results',
    });
    this._list = el('ul', { id: 'og-search-results', role: 'listbox', className: 'og-results', hidden: true });
    this._status = el('p', { className: 'og-visually-hidden', role: 'status' });
    container.append(this._label, this.input, this._list, this._status);
    this.input.addEventListener('input', () => this._schedule());
    this.input.addEventListener('keydown', (event) => this._onKey(event));
    this.input.addEventListener('blur', () => this._hide());
    this.input.addEventListener('focus', () => this._results.length > 0 && this._show());
    onLanguageChange(() => this._translate());
    this._translate();
  }

  _translate() {
    this._label.textContent = t('search.label');
    this.input.placeholder = t('search.placeholder');
    this._list.setAttribute('aria-label', t('search.results'));
    this._describe();
  }

  /** From the reader's typing until its results are in, the list is aria-busy. */
  _schedule() {
    this._list.setAttribute('aria-busy', 'true');
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._run(), DELAY_MS);
  }

  async _run() {
    const q = this.input.value.trim();
    this._controller?.abort();
    if (q === '') {
      this._results = [];
      this._hide();
      this._list.setAttribute('aria-busy', 'false');
      return;
    }
    this._list.setAttribute('aria-busy', 'true');
    const controller = new AbortController();
    this._controller = controller;
    try {
      const results = await search(q, LIMIT, { signal: controller.signal });
      if (!controller.signal.aborted) {
        this._setResults(results, q);
      }
    } catch (error) {
      if (error.name !== 'AbortError') {
        this._setResults([], q, t('search.failed'));
      }
    }
  }

  /** Replaces the options with the results for q; the list says which query (data-query). */
  _setResults(results, q, failure = null) {
    this._results = results;
    this._query = q;
    this._failure = failure;
    this._active = -1;
    this._list.replaceChildren(...results.map((result, i) => this._option(result, i)));
    if (results.length === 0) {
      this._list.append(el('li', { className: 'og-option og-empty', role: 'presentation' }));
    }
    this._describe();
    this._renderActive();
    this._list.dataset.query = q;
    this._list.setAttribute('aria-busy', 'false');
    if (document.activeElement === this.input) {
      this._show();
    }
  }

  _option(result, i) {
    const option = el('li', {
      id: `og-search-option-${i}`, role: 'option', 'aria-selected': 'false', className: 'og-option',
      dataset: { code: result.code, collection: result.collection },
    }, el('span', { className: 'og-option-name' }, result.name),
    el('span', { className: 'og-option-kind' }));
    // mousedown, not click: choosing must happen before the input's blur hides the list
    option.addEventListener('mousedown', (event) => {
      event.preventDefault();
      this._choose(i);
    });
    return option;
  }

  /** The texts of the results in the current language, set on the elements shown. */
  _describe() {
    if (this._query === undefined) {
      return;
    }
    const none = this._failure ?? t('search.none', { q: this._query });
    this._list.querySelectorAll('[role=option]').forEach((option, i) => {
      const result = this._results[i];
      option.querySelector('.og-option-kind').textContent = detail(result);
    });
    const empty = this._list.querySelector('.og-empty');
    if (empty) {
      empty.textContent = none;
    }
    this._status.textContent = this._results.length > 0
      ? t('search.count', { count: this._results.length }) : none;
  }

  /** Marks the active option (aria-activedescendant keeps the focus in the input). */
  _renderActive() {
    [...this._list.querySelectorAll('[role=option]')].forEach((option, i) => {
      const active = i === this._active;
      option.setAttribute('aria-selected', String(active));
      option.classList.toggle('og-active', active);
      if (active) {
        option.scrollIntoView({ block: 'nearest' });
      }
    });
    if (this._active >= 0) {
      this.input.setAttribute('aria-activedescendant', `og-search-option-${this._active}`);
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  _onKey(event) {
    const open = !this._list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        this._show();
      }
      const n = this._results.length;
      if (n > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this._active = this._active < 0 && step < 0 ? n - 1 : (this._active + step + n) % n;
        this._renderActive();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this._results.length > 0) {
        this._choose(Math.max(this._active, 0));
      } else {
        clearTimeout(this._timer);
        this._run();
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault(); // the card stays open: this Escape was the list's
        this._hide();
      } else if (this.input.value !== '') {
        event.preventDefault();
        this.input.value = '';
        this._results = [];
      }
    }
  }

  _choose(index) {
    const result = this._results[index];
    if (!result) {
      return;
    }
    this._hide();
    this._onChoose(result);
  }

  _show() {
    this._list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  _hide() {
    this._active = -1;
    this._renderActive();
    this._list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

/** Kind and code, or the committee of what opens its card; a person's phone as sent. */
function detail(result) {
  const own = result.kind === 'committee' || result.collection !== 'committees';
  return [kindLabel(result), own ? result.code : result.committee, result.phone]
    .filter(Boolean).join(' · ');
}

function kindLabel(result) {
  if (result.kind === 'grid') {
    return t(result.collection === 'micro-grids' ? 'gridLevel.micro' : 'gridLevel.comprehensive');
  }
  return t(`kind.${result.kind}`);
}
