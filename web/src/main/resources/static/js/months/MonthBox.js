// A small box on the map that picks one of the town's last twelve months while its layer is on
// (the incident hot spots', the patrolled area's). Loaded with the first layer that needs one.
import { Control, DomEvent } from '../leaflet.js';
import { el } from '../dom.js';
import { onLanguageChange, t } from '../i18n.js';
import { townMonth } from '../townMonth.js';

const MONTHS = 12; // the months offered, the town's current one first

export class MonthBox extends Control {
  /** name: the layer's id (the box's data-layer); labelKey: its label; onChange(month 'YYYY-MM'). */
  constructor(name, labelKey, onChange) {
    super({ position: 'bottomleft' }); // above the scale and the note: the right has the panels
    const label = el('span');
    const months = Array.from({ length: MONTHS }, (_, n) => townMonth(n));
    this._select = el('select', {}, months.map((month) => el('option', { value: month }, month)));
    this._select.addEventListener('change', () => onChange(this._select.value));
    this._element = el('label', { className: 'og-box og-month-box', dataset: { layer: name } },
      label, ' ', this._select);
    DomEvent.disableClickPropagation(this._element);
    const translate = () => { label.textContent = t(labelKey); };
    onLanguageChange(translate);
    translate();
  }

  /** The month picked, 'YYYY-MM' (at first the town's current one). */
  get month() {
    return this._select.value;
  }

  onAdd() {
    return this._element;
  }

  /** Shows the box on the map while `layer` is on it: now, if it is, and whenever it is added. */
  follow(layer, map) {
    layer.on('add', () => this.addTo(map)).on('remove', () => this.remove());
    if (map.hasLayer(layer)) {
      this.addTo(map);
    }
    return this;
  }
}
