// The legend: the symbol of each layer on the map, the duty-type key of the post icons while posts
// are shown, and, when an indicator colours the committees, its classes.
import { Control, DomEvent } from './leaflet.js';
import { el } from './dom.js';
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
    this._layers = el('ul', { className: 'og-key' });
    this._dutyTitle = el('p', { className: 'og-key-title', hidden: true });
    this._duties = el('ul', { className: 'og-key', hidden: true }, DUTY_TYPES.map((type) =>
      el('li', { dataset: { duty: type.id } }, postIconCanvas([type.id], 18), el('span'))));
    this._classTitle = el('p', { className: 'og-key-title', hidden: true });
    this._classes = el('ul', { className: 'og-key og-classes', hidden: true });
    // An indicator's classes come first, so they show without scrolling the legend.
    this._body = el('div', { className: 'og-legend-body' }, this._classTitle, this._classes,
      this._layers, this._dutyTitle, this._duties);
    this._details.append(this._summary, this._body);
    onLanguageChange(() => this._translate());
    this._translate();
  }

  onAdd(map) {
    map.on('layeradd layerremove', this._track, this);
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    return this._details;
  }

  onRemove(map) {
    map.off('layeradd layerremove', this._track, this);
  }

  /** A layer came or went: its key is added or removed, the others stay. */
  _track(event) {
    const { spec } = event.layer;
    if (!spec) {
      return;
    }
    if (event.type === 'layeradd') {
      this._shown.set(spec.id, spec);
    } else {
      this._shown.delete(spec.id);
    }
    const items = new Map([...this._layers.children].map((li) => [li.dataset.layer, li]));
    this._layers.replaceChildren(...[...this._shown.values()]
      .sort((a, b) => b.drawOrder - a.drawOrder) // the key reads top-down as the map stacks
      .map((shown) => items.get(shown.id)
        ?? el('li', { dataset: { layer: shown.id } }, layerSwatch(shown), el('span', {}, t(shown.title)))));
    const posts = [...this._shown.values()].some((shown) => shown.marker === 'post');
    this._dutyTitle.hidden = !posts;
    this._duties.hidden = !posts;
  }

  /** Shows the classes of a Choropleth, or none (null). */
  setChoropleth(choropleth) {
    this._choropleth = choropleth;
    this._classes.replaceChildren(...(choropleth?.classes ?? []).map((c) =>
      el('li', {}, fillSwatch(c.color), el('span'))),
    ...(choropleth ? [el('li', {}, fillSwatch(NO_DATA_FILL), el('span'))] : []));
    this._classTitle.hidden = !choropleth;
    this._classes.hidden = !choropleth;
    this._translate();
  }

  /** Sets every text in the current language, keeping the elements. */
  _translate() {
    this._summary.textContent = t('legend.title');
    for (const li of this._layers.children) {
      li.querySelector('span:last-child').textContent = t(this._shown.get(li.dataset.layer).title);
    }
    this._dutyTitle.textContent = t('legend.dutyTypes');
    for (const li of this._duties.children) {
      li.querySelector('span').textContent = t(`duty.${li.dataset.duty}`);
    }
    if (this._choropleth) {
      const { indicator } = this._choropleth;
      const value = (v) => formatValue(v, indicator.unit);
      this._classTitle.textContent = indicatorTitle(indicator);
      this._choropleth.classes.forEach((c, i) => {
        this._classes.children[i].querySelector('span:last-child').textContent =
          c.from === c.to ? value(c.from) : `${value(c.from)} – ${value(c.to)}`;
      });
      this._classes.lastElementChild.querySelector('span:last-child').textContent = t('legend.noData');
    }
  }
}
