// Who is on duty when (定时), for leaders: pick a weekday and a two-hour slot, and the map shows the
// posts on duty then (with who serves) and the micro-grids nobody covers, for the view; the box
// lists both. Loaded when the box is first opened (main.js); asks again when the slot or the view
// changes, aria-busy until the answer is in.
import './messages.js';
import { DomEvent, circleMarker, geoJSON, svg } from '../leaflet.js';
import { read } from '../api.js';
import { append, clear, el } from '../dom.js';
import { onLanguageChange, t } from '../i18n.js';

const PANE = 'og-onduty'; // above the map's layers (and their gaps' orange), below the planner's
const UNCOVERED = { color: '#cc79a7', weight: 2, dashArray: '4 3', fillColor: '#cc79a7', fillOpacity: 0.3, interactive: false };
const LISTED = 20; // uncovered micro-grids named in the box; the map shows them all
const ON_DUTY = { radius: 11, color: '#fff', weight: 3, fillColor: '#009e73', fillOpacity: 1 };

export class OnDuty {
  /** box: the <details> main.js made; map: the Leaflet map. */
  constructor(box, map) {
    this._box = box;
    this._map = map;
    const now = new Date();
    this._slot = { weekday: ((now.getDay() + 6) % 7) + 1, startHour: now.getHours() - (now.getHours() % 2) };
    this._found = null;
    this._seq = 0;
    this._body = el('div', { className: 'og-onduty-body', 'aria-live': 'polite' });
    box.append(this._body);
    DomEvent.disableClickPropagation(box);
    DomEvent.disableScrollPropagation(box);
    map.createPane(PANE).classList.add('og-onduty-pane');
    const renderer = svg({ pane: PANE });
    this._layer = geoJSON(null, {
      pane: PANE,
      renderer,
      style: (feature) => (feature.properties.kind === 'post' ? ON_DUTY : UNCOVERED),
      pointToLayer: (feature, latlng) => circleMarker(latlng, { ...ON_DUTY, pane: PANE, renderer }),
      onEachFeature: (feature, layer) => feature.properties.kind === 'post' && layer.bindTooltip(
        () => tip(feature.properties), { direction: 'top', className: 'og-tooltip' }),
    });
    box.addEventListener('toggle', () => this._toggle());
    map.on('moveend', () => box.open && this._load());
    onLanguageChange(() => this._render());
    this._toggle();
  }

  /** Shows who is on duty on weekday (1 = Monday) from startHour (even), and asks the server. */
  choose(weekday, startHour) {
    this._slot = { weekday, startHour };
    this._load();
  }

  _toggle() {
    if (this._box.open) {
      this._layer.addTo(this._map);
      this._load();
    } else {
      this._layer.remove();
    }
  }

  async _load() {
    const seq = ++this._seq;
    const b = this._map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5)).join(',');
    const { weekday, startHour } = this._slot;
    this._setBusy(true);
    this._render();
    try {
      const found = await read(`on-duty?weekday=${weekday}&startHour=${startHour}&bbox=${bbox}`);
      if (seq === this._seq) {
        this._found = found;
        this._error = null;
        this._layer.clearLayers();
        const posts = found.features.filter((x) => x.properties.kind === 'post');
        this._layer.addData([...found.features.filter((x) => !posts.includes(x)), ...posts]); // posts on top
      }
    } catch (error) {
      if (seq === this._seq) {
        this._found = null;
        this._error = error.message;
        this._layer.clearLayers();
      }
    } finally {
      if (seq === this._seq) {
        this._setBusy(false);
        this._render();
      }
    }
  }

  _setBusy(busy) {
    this._body.setAttribute('aria-busy', String(busy));
  }

  _render() {
    const { weekday, startHour } = this._slot;
    const day = el('select', { id: 'og-onduty-day', dataset: { key: 'onduty-day' } },
      [1, 2, 3, 4, 5, 6, 7].map((d) => el('option', { value: String(d), selected: d === weekday }, t(`weekday.${d}`))));
    const hour = el('select', { id: 'og-onduty-hour', dataset: { key: 'onduty-hour' } },
      Array.from({ length: 12 }, (_, i) => i * 2).map((h) => el('option', { value: String(h), selected: h === startHour },
        `${pad(h)}–${pad(h + 2)}`)));
    const change = () => this.choose(Number(day.value), Number(hour.value));
    day.addEventListener('change', change);
    hour.addEventListener('change', change);
    const focused = document.activeElement?.id;
    const f = this._found;
    const posts = f ? f.features.filter((x) => x.properties.kind === 'post') : [];
    const open = f ? f.features.filter((x) => x.properties.kind === 'uncovered') : [];
    append(clear(this._body), [
      el('div', { className: 'og-inline' },
        el('label', { for: 'og-onduty-day', className: 'og-visually-hidden' }, t('onduty.day')), day,
        el('label', { for: 'og-onduty-hour', className: 'og-visually-hidden' }, t('onduty.hour')), hour),
      this._error ? el('p', { className: 'og-message-error', role: 'alert' }, this._error) : null,
      f ? [
        el('h3', { className: 'og-key-duty', dataset: { count: String(posts.length) } }, t('onduty.posts', { count: posts.length })),
        el('ul', { className: 'og-list og-onduty-posts' }, posts.map((x) => el('li', { dataset: { post: x.properties.code } },
          el('strong', {}, x.properties.name), ' ',
          el('span', { className: 'og-muted' }, (x.properties.people || []).join(t('list.separator')) || t('onduty.nobody'))))),
        el('h3', { className: 'og-key-open', dataset: { count: String(open.length) } }, t('onduty.uncovered', { count: open.length })),
        el('ul', { className: 'og-list og-onduty-uncovered' }, open.slice(0, LISTED).map((x) => el('li', {
          dataset: { grid: x.properties.code },
        }, x.properties.name))),
        open.length > LISTED ? el('p', { className: 'og-muted' }, t('onduty.more', { count: open.length - LISTED })) : null,
      ] : null]);
    if (focused) {
      document.getElementById(focused)?.focus();
    }
  }
}

function tip(p) {
  return el('span', {}, `${p.name}：${(p.people || []).join(t('list.separator')) || t('onduty.nobody')}`);
}

function pad(hour) {
  return String(hour).padStart(2, '0');
}
