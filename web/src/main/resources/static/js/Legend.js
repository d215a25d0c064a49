// The legend: the symbol of each layer on the map, the duty-type key of the post icons while posts
// are shown, and, when an indicator colours the committees, its classes.
import { Control, DomEvent } from './leaflet.js';
import { append, clear, el } from './dom.js';
import { onLanguageChange, t } from './i18n.js';
import { formatValue, indicatorTitle } from './analysisText.js';
import { OVERLAYS } from './layerCatalog.js';
import { DUTY_TYPES, NO_DATA_FILL } from './palette.js';
import { postIconCanvas } from './postIcon.js';
import { fillSwatch, layerSwatch } from './swatch.js';

export class Legend extends Control {
  constructor(options) {
    super({ position: 'bottomright', ...options });
    this._choropleth = null;
    this._shown = new Set(); // ids of the feature layers on the map
    this._details = el('details', { className: 'og-box og-legend', open: options.open });
    this._summary = el('summary');
    this._body = el('div', { className: 'og-legend-body' });
    this._details.append(this._summary, this._body);
    onLanguageChange(() => this._render());
  }

  onAdd(map) {
    map.on('layeradd layerremove', this._track, this);
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    this._render();
    return this._details;
  }

  onRemove(map) {
    map.off('layeradd layerremove', this._track, this);
  }

  _track(event) {
    const id = event.layer.spec?.id;
    if (id) {
      this._shown[event.type === 'layeradd' ? 'add' : 'delete'](id);
      this._render();
    }
  }

  /** Shows the classes of a Choropleth, or none (null). */
  setChoropleth(choropleth) {
    this._choropleth = choropleth;
    this._render();
  }

  _render() {
    this._summary.textContent = t('legend.title');
    append(clear(this._body), [
      el('ul', { className: 'og-key' }, OVERLAYS.filter((spec) => this._shown.has(spec.id))
        .map((spec) => el('li', { dataset: { layer: spec.id } }, layerSwatch(spec.id),
          el('span', {}, t(`layer.${spec.id}`))))),
      this._shown.has('duty-posts') ? [
        el('p', { className: 'og-key-title' }, t('legend.dutyTypes')),
        el('ul', { className: 'og-key' }, DUTY_TYPES.map((type) =>
          el('li', { dataset: { duty: type.id } }, postIconCanvas([type.id], 18),
            el('span', {}, t(`duty.${type.id}`))))),
      ] : null,
      this._choropleth ? this._classes(this._choropleth) : null,
    ]);
  }

  _classes(choropleth) {
    const { unit } = choropleth.indicator;
    const value = (v) => formatValue(v, unit);
    return [
      el('p', { className: 'og-key-title' }, indicatorTitle(choropleth.indicator)),
      el('ul', { className: 'og-key og-classes' },
        choropleth.classes.map((c) => el('li', {}, fillSwatch(c.color),
          el('span', {}, c.from === c.to ? value(c.from) : `${value(c.from)} – ${value(c.to)}`))),
        el('li', {}, fillSwatch(NO_DATA_FILL), el('span', {}, t('legend.noData')))),
    ];
  }
}
