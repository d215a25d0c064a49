// The plan-health list for planners and leaders: what partition health found among committees,
// grids and post areas (overlaps, gaps, slivers, stray pieces, holes), each with a sentence and a
// suggested fix. Picking one zooms the map to it and outlines it.
import { Control, DomEvent, geoJSON } from './leaflet.js';
import { items } from './api.js';
import { clear, el } from './dom.js';
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
    this._body = el('div', { className: 'og-health-body' });
    this._details.append(this._summary, this._body);
    this._details.addEventListener('toggle', () => {
      if (!this._details.open) {
        this._unfocus();
      }
    });
    onLanguageChange(() => this._render());
  }

  onAdd() {
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    this._render();
    return this._details;
  }

  onRemove() {
    this._unfocus();
  }

  /** Lists the findings of the health-findings collection; null (not the reader's): no panel. */
  async load(collection) {
    this._details.hidden = !collection;
    if (!collection) {
      return;
    }
    try {
      const found = await items(collection, null, { limit: SHOWN });
      this._findings = [...found.features].sort(byScopeThenArea);
      this._more = found.more;
      this._failed = false;
    } catch {
      this._failed = true;
    }
    this._render();
  }

  _render() {
    const count = this._findings?.length;
    this._summary.textContent = count === undefined ? t('health.title')
      : `${t('health.title')} · ${count === 0 ? t('health.none') : t('health.count', { count: number(count) })}`;
    clear(this._body);
    if (this._failed) {
      this._body.append(el('p', { className: 'og-muted' }, t('health.failed')));
    } else if (!this._findings) {
      this._body.append(el('p', { className: 'og-muted' }, t('card.loading')));
    } else if (this._findings.length === 0) {
      this._body.append(el('p', { className: 'og-muted' }, t('health.none')));
    } else {
      this._body.append(el('ol', { className: 'og-findings' },
        this._findings.map((feature) => el('li', {}, this._row(feature)))));
      if (this._more) {
        this._body.append(el('p', { className: 'og-muted' }, t('health.more')));
      }
    }
  }

  _row(feature) {
    const { finding, committee_name: committee } = feature.properties;
    const button = el('button', {
      type: 'button', className: 'og-finding', title: t('health.zoomTo'),
      'aria-pressed': String(this._chosen === feature.id),
      dataset: { finding, id: String(feature.id) },
    }, committee ? el('span', { className: 'og-muted' }, `${committee} · `) : null,
    findingText(feature.properties));
    button.addEventListener('click', () => this._focusOn(feature));
    return button;
  }

  _focusOn(feature) {
    this._unfocus();
    this._chosen = feature.id;
    this._focus = geoJSON(feature, { style: () => FOCUS_STYLE, interactive: false }).addTo(this._map);
    this._zoomTo(this._focus.getBounds());
    this._render();
  }

  _unfocus() {
    this._focus?.remove();
    this._focus = null;
    this._chosen = null;
  }
}

function byScopeThenArea(a, b) {
  const scope = (f) => {
    const i = SCOPE_ORDER.indexOf(f.properties.scope);
    return i === -1 ? SCOPE_ORDER.length : i;
  };
  return scope(a) - scope(b) || b.properties.area_m2 - a.properties.area_m2;
}
