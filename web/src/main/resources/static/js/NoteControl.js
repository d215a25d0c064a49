// A short line of text on the map (the sample-data note), from the message files.
import { Control, DomEvent } from './leaflet.js';
import { el } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

export class NoteControl extends Control {
  constructor(messageKey, options) {
    super(options);
    this._key = messageKey;
    this._element = el('p', { className: 'og-note', id: options.id, role: 'note' });
    onLanguageChange(() => this._render());
    this._render();
  }

  onAdd() {
    DomEvent.disableClickPropagation(this._element);
    return this._element;
  }

  /** Shows or hides the note. */
  setVisible(visible) {
    this._element.hidden = !visible;
  }

  _render() {
    this._element.textContent = t(this._key);
  }
}
