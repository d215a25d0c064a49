// The side card of a clicked, searched or linked feature (a bottom sheet on a phone). It asks the
// server for the feature's card, shows it as text, links to the exact view, and closes with its
// button or Escape, giving focus back to where it was.
import { card } from './api.js';
import { cardKindOf, catalogue } from './layerCatalog.js';
import { clear, el } from './dom.js';
import { onLanguageChange, t } from './i18n.js';
import { cardBody, kindLine } from './cardContent.js';

export class FeatureCard {
  /**
   * element: the empty <aside> to fill; navigate({collection, code}): open a related feature;
   * onClose(): the card was closed.
   */
  constructor(element, { navigate, onClose }) {
    this._element = element;
    this._navigate = navigate;
    this._onClose = onClose;
    this._feature = null;
    this._data = null;
    this._error = null;
    this._choropleth = null;
    this._returnFocus = null;
    this._kind = el('p', { className: 'og-card-kind' });
    this._title = el('h2', { id: 'og-card-title', tabindex: '-1' });
    this._close = el('button', { type: 'button', className: 'og-close' }, '×');
    this._close.addEventListener('click', () => this.close());
    this._body = el('div', { className: 'og-card-body' });
    this._permalink = el('a', { className: 'og-permalink', href: '#' });
    element.setAttribute('aria-labelledby', 'og-card-title');
    element.append(
      el('header', { className: 'og-card-head' }, this._kind, this._title, this._close),
      this._body,
      el('footer', { className: 'og-card-foot' }, this._permalink));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.isOpen && !event.defaultPrevented) {
        event.preventDefault();
        this.close();
      }
    });
    onLanguageChange(() => this._render());
  }

  get isOpen() {
    return !this._element.hidden;
  }

  /** The feature shown ({collection, code}), or null. */
  get feature() {
    return this.isOpen ? this._feature : null;
  }

  /**
   * Opens the card of a feature {collection, code} and, when focus says so, moves the keyboard
   * focus to it; resolves to its card document, or null when it could not be loaded or another
   * card was opened meanwhile.
   */
  async open(feature, { focus = true } = {}) {
    if (!this.isOpen) {
      this._returnFocus = document.activeElement;
    }
    this._controller?.abort();
    const controller = new AbortController();
    this._controller = controller;
    this._feature = feature;
    this._data = null;
    this._error = null;
    this._element.hidden = false;
    document.body.classList.add('og-card-open');
    this._render();
    if (focus) {
      this._title.focus({ preventScroll: true });
    }
    try {
      await catalogue; // a permalink opens a card before the layers are known
      const data = await card(cardKindOf(feature.collection), feature.code,
        { signal: controller.signal });
      if (controller.signal.aborted) {
        return null;
      }
      this._data = data;
      this._render();
      return data;
    } catch (error) {
      if (error.name === 'AbortError') {
        return null;
      }
      this._error = error;
      this._render();
      return null;
    }
  }

  close() {
    if (!this.isOpen) {
      return;
    }
    this._controller?.abort();
    this._element.hidden = true;
    this._element.setAttribute('aria-busy', 'false');
    document.body.classList.remove('og-card-open');
    this._feature = null;
    const target = this._returnFocus;
    this._returnFocus = null;
    if (target && target !== document.body && document.contains(target)) {
      target.focus({ preventScroll: true });
    }
    this._onClose();
  }

  /** The link to the current view (the map keeps it up to date while the card is open). */
  setPermalink(href) {
    this._permalink.href = href;
  }

  /** The indicator colouring committees (a Choropleth or null), shown on committee cards. */
  setChoropleth(choropleth) {
    this._choropleth = choropleth;
    if (this.isOpen) {
      this._render();
    }
  }

  _render() {
    this._close.setAttribute('aria-label', t('card.close'));
    this._close.title = t('card.close');
    this._permalink.textContent = t('card.permalink');
    // The body is replaced when a card arrives: aria-busy until it is in, data-code says whose.
    const state = this._data ? 'ready' : this._error ? 'error' : 'loading';
    this._element.dataset.state = state;
    this._element.dataset.code = this._feature?.code ?? '';
    this._element.setAttribute('aria-busy', String(this.isOpen && state === 'loading'));
    clear(this._body);
    if (this._data) {
      this._kind.textContent = kindLine(this._data);
      this._title.textContent = this._data.name;
      this._body.append(...cardBody(this._data, {
        navigate: this._navigate, choropleth: this._choropleth,
      }).flat().filter(Boolean));
    } else {
      this._kind.textContent = t(`kind.${cardKindOf(this._feature?.collection) ?? 'committee'}`);
      this._title.textContent = this._feature?.code ?? '';
      this._body.append(el('p', { className: 'og-muted' }, this._error
        ? t('card.failed', { message: this._error.message }) : t('card.loading')));
    }
  }
}
