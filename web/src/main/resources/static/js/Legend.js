// The legend: the symbol of each layer on the map, the duty-type key of the post icons while posts
// are shown, and, when an indicator colours the committees, its classes.
import { Control, DomEvent } from './leaflet.js';
import { append, clear, el } from './dom.js';
import { onLanguageChange, t } from './i18n.js';
import { formatValue, indicatorTitle } from './analysisText.js';
import { DUTY_TYPES, NO_DATA_FILL } from './palette.js';
import { postIconCanvas } from './postIcon.js';
import { fillSwatch, layerSwatch } from './swatch.js';

export class Legend extends Control {
  constructor(options) {
    super({ position: 'bottomright', ...options });
    this._choropleth = null;
    this._shown = new Map(); // id → spec of the feature layers on the map, in the order added
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
    const { spec } = event.layer;
    if (spec) {
      if (event.type === 'layeradd') {
        this._shown.set(spec.id, spec);
      } else {
        this._shown.delete(spec.id);
      }
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
      el('ul', { className: 'og-key' }, [...this._shown.values()]
        .sort((a, b) => b.drawOrder - a.drawOrder) // the key reads top-down as the map stacks
        .map((spec) => el('li', { dataset: { layer: spec.id } }, layerSwatch(spec),
          el('span', {}, t(spec.title))))),
      [...this._shown.values()].some((spec) => spec.marker === 'post') ? [
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
