// The legend: each layer's symbol, the duty-type key of the post icons, and, when an indicator
// colours the committees, its classes.
import { Control, DomEvent } from './leaflet.js';
import { append, clear, el } from './dom.js';
import { number, onLanguageChange, t } from './i18n.js';
import { OVERLAYS } from './layerCatalog.js';
import { DUTY_TYPES, NO_DATA_FILL } from './palette.js';
import { postIconCanvas } from './postIcon.js';
import { fillSwatch, layerSwatch } from './swatch.js';

export class Legend extends Control {
  constructor(options) {
    super({ position: 'bottomright', ...options });
    this._choropleth = null;
    this._details = el('details', { className: 'og-box og-legend', open: options.open });
    this._summary = el('summary');
    this._body = el('div', { className: 'og-legend-body' });
    this._details.append(this._summary, this._body);
    onLanguageChange(() => this._render());
  }

  onAdd() {
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    this._render();
    return this._details;
  }

  /** Shows the classes of a Choropleth, or none (null). */
  setChoropleth(choropleth) {
    this._choropleth = choropleth;
    this._render();
  }

  _render() {
    this._summary.textContent = t('legend.title');
    append(clear(this._body), [
      el('ul', { className: 'og-key' }, OVERLAYS.map((spec) =>
        el('li', {}, layerSwatch(spec.id), el('span', {}, t(`layer.${spec.id}`))))),
      el('p', { className: 'og-key-title' }, t('legend.dutyTypes')),
      el('ul', { className: 'og-key' }, DUTY_TYPES.map((type) =>
        el('li', { dataset: { duty: type.id } }, postIconCanvas([type.id], 18),
          el('span', {}, t(`duty.${type.id}`))))),
      this._choropleth ? this._classes(this._choropleth) : null,
    ]);
  }

  _classes(choropleth) {
    const { title, unit } = choropleth.indicator;
    return [
      el('p', { className: 'og-key-title' }, unit ? `${title} (${unit})` : title),
      el('ul', { className: 'og-key og-classes' },
        choropleth.classes.map((c) => el('li', {}, fillSwatch(c.color),
          el('span', {}, c.from === c.to ? number(c.from) : `${number(c.from)} – ${number(c.to)}`))),
        el('li', {}, fillSwatch(NO_DATA_FILL), el('span', {}, t('legend.noData')))),
    ];
  }
}
