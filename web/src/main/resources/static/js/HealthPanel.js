// The plan-health list for planners and leaders: what partition health found among committees,
// grids and post areas (overlaps, gaps, slivers, stray pieces, holes), each with a sentence and a
// suggested fix. Picking one zooms the map to it and outlines it.
import { Control, DomEvent, geoJSON } from './leaflet.js';
import { items } from './api.js';
import { el } from './dom.js';
import { number, onLanguageChange, t } from './i18n.js';
import { findingText } from './analysisText.js';
import { FOCUS_STYLE } from './palette.js';

const SHOWN = 200; // findings listed at most; the map layer shows the rest
const SCOPE_ORDER = ['committees', 'comprehensive-grids', 'micro-grids', 'posts'];

export class HealthPanel extends Control {
  /** zoomTo(bounds): fits the map to a finding, clear of the card. */
  constructor({ zoomTo, ...options }) {
    super({ position: 'topleft', ...options });
    this._zoomTo = zoomTo;
    this._findings = null;
    this._more = false;
    this._failed = false;
    this._focus = null;
    this._chosen = null;
    this._details = el('details', { className: 'og-box og-health', open: options.open });
    this._summary = el('summary');
    this._message = el('p', { className: 'og-muted' }); // loading, failed or none found
    this._list = el('ol', { className: 'og-findings', hidden: true });
    this._moreNote = el('p', { className: 'og-muted', hidden: true });
    this._body = el('div', { className: 'og-health-body' }, this._message, this._list, this._moreNote);
    this._details.append(this._summary, this._body);
    this._details.addEventListener('toggle', () => {
      if (!this._details.open) {
        this._unfocus();
      }
    });
    onLanguageChange(() => this._translate());
    this._translate();
  }

  onAdd() {
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    return this._details;
  }

  onRemove() {
    this._unfocus();
  }

  /**
   * Lists the findings of the health-findings collection; null (not the reader's): no panel. The
   * panel is aria-busy until the new list is in.
   */
  async load(collection) {
    this._details.hidden = !collection;
    if (!collection) {
      return;
    }
    this._details.setAttribute('aria-busy', 'true');
    try {
      const found = await items(collection, null, { limit: SHOWN });
      this._findings = [...found.features].sort(byScopeThenArea);
      this._more = found.more;
      this._failed = false;
    } catch {
      this._failed = true;
    }
    this._list.replaceChildren(...(this._failed ? [] : this._findings)
      .map((feature) => el('li', {}, this._row(feature))));
    this._showChosen();
    this._translate();
    this._details.setAttribute('aria-busy', 'false');
  }

  /** Sets what is shown and its texts in the current language, keeping the elements. */
  _translate() {
    const count = this._failed ? undefined : this._findings?.length;
    this._summary.textContent = count === undefined ? t('health.title')
      : `${t('health.title')} · ${count === 0 ? t('health.none') : t('health.count', { count: number(count) })}`;
    this._message.hidden = count > 0;
    this._message.textContent = this._failed ? t('health.failed')
      : count === undefined ? t('card.loading') : t('health.none');
    this._list.hidden = !(count > 0);
    const byId = new Map((this._findings ?? []).map((f) => [String(f.id), f]));
    this._list.querySelectorAll('.og-finding').forEach((button) => {
      button.title = t('health.zoomTo');
      button.replaceChildren(...rowText(byId.get(button.dataset.id)));
    });
    this._moreNote.hidden = !(count > 0 && this._more);
    this._moreNote.textContent = t('health.more');
  }

  _row(feature) {
    const button = el('button', {
      type: 'button', className: 'og-finding', 'aria-pressed': 'false',
      dataset: { finding: feature.properties.finding, id: String(feature.id) },
    });
    button.addEventListener('click', () => this._focusOn(feature));
    return button;
  }

  _focusOn(feature) {
    this._unfocus();
    this._chosen = feature.id;
    this._focus = geoJSON(feature, { style: () => FOCUS_STYLE, interactive: false }).addTo(this._map);
    this._zoomTo(this._focus.getBounds());
    this._showChosen();
  }

  /** Marks the chosen finding's button pressed and the others not. */
  _showChosen() {
    this._list.querySelectorAll('.og-finding').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.id === String(this._chosen)));
    });
  }

  _unfocus() {
    this._focus?.remove();
    this._focus = null;
    this._chosen = null;
    this._showChosen();
  }
}

/** What a finding's button says: its committee, then the finding in words. */
function rowText(feature) {
  const committee = feature.properties.committee_name;
  return [committee ? el('span', { className: 'og-muted' }, `${committee} · `) : '',
    findingText(feature.properties)];
}

function byScopeThenArea(a, b) {
  const scope = (f) => {
    const i = SCOPE_ORDER.indexOf(f.properties.scope);
    return i === -1 ? SCOPE_ORDER.length : i;
  };
  return scope(a) - scope(b) || b.properties.area_m2 - a.properties.area_m2;
}
