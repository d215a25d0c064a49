// Reporting an incident from the map (上报事件), for staff and members: click or tap the place, choose
// a type, describe it, add a photo if there is one, and send it (api.send: its own Idempotency-Key,
// so a retry after a lost connection reports it once). The answer says where it was routed and why.
// Loaded when its box is first opened (main.js); aria-busy while a report is on its way.
import './messages.js';
import { DomEvent, circleMarker } from '../leaflet.js';
import { read, send } from '../api.js';
import { el } from '../dom.js';
import { language, onLanguageChange, t } from '../i18n.js';
import { LAYER_STYLES } from '../palette.js';

const EDGE = 1280; // px: a photo's longer side as sent
const PLACE = { radius: 9, color: '#fff', weight: 3, fillColor: LAYER_STYLES.incidents.fillColor, fillOpacity: 1 };
const GAP = 10; // px between the open box and the bottom-left corner's controls

export class ReportForm {
  /** box: the <details> main.js made; map: the Leaflet map. */
  constructor(box, map) {
    this._box = box;
    this._map = map;
    this._place = null;
    this._marker = null;
    this._where = el('p', { className: 'og-report-where' });
    this._type = el('select', { name: 'type', required: true });
    this._description = el('textarea', { name: 'description', rows: 3, required: true });
    this._photo = el('input', { type: 'file', name: 'photo', accept: 'image/*' });
    this._submit = el('button', { type: 'submit', className: 'og-button' });
    this._answer = el('p', { className: 'og-report-answer', role: 'status', 'aria-live': 'polite' });
    this._labels = ['incidentmap.type', 'incidentmap.description', 'incidentmap.photo'].map((key) => el('span', { dataset: { key } }));
    this._form = el('form', { className: 'og-report-form', 'aria-busy': 'false' }, this._where,
      el('label', {}, this._labels[0], this._type), el('label', {}, this._labels[1], this._description),
      el('label', {}, this._labels[2], this._photo), this._submit, this._answer);
    box.append(this._form);
    DomEvent.disableClickPropagation(box);
    DomEvent.disableScrollPropagation(box);
    this._form.addEventListener('submit', (event) => {
      event.preventDefault();
      this._report();
    });
    map.on('click', (event) => box.open && this._choose(event.latlng));
    box.addEventListener('toggle', () => this._marker && (box.open ? this._marker.addTo(map) : this._marker.remove()));
    keepAbove(box, map.getContainer());
    onLanguageChange(() => this._translate());
    this._types = read('incident-types').then((doc) => doc.incidentTypes);
    this._translate();
  }

  /** Where the incident is (a click on the map, or a test's choice). */
  _choose(latlng) {
    this._place = latlng;
    this._marker ??= circleMarker(latlng, { ...PLACE, interactive: false });
    this._marker.setLatLng(latlng).addTo(this._map);
    this._translate();
  }

  async _translate() {
    this._where.textContent = this._place
      ? t('incidentmap.picked', { lat: this._place.lat.toFixed(5), lng: this._place.lng.toFixed(5) })
      : t('incidentmap.pick');
    this._labels.forEach((label) => { label.textContent = t(label.dataset.key); });
    this._submit.textContent = t('incidentmap.submit');
    const types = await this._types;
    const chosen = this._type.value;
    this._type.replaceChildren(...types.map((type) => el('option', { value: type.id }, type.name)));
    this._type.value = chosen || types[0]?.id;
  }

  async _report() {
    if (!this._place) {
      this._answer.textContent = t('incidentmap.noPlace');
      return;
    }
    this._form.setAttribute('aria-busy', 'true');
    this._submit.disabled = true;
    this._answer.textContent = t('incidentmap.sending');
    try {
      const incident = await send('POST', 'incidents', {
        type: this._type.value,
        location: [this._place.lng, this._place.lat],
        description: this._description.value.trim(),
        photo: await photo(this._photo.files[0]),
      });
      this._show(incident.properties);
      this._description.value = '';
      this._photo.value = '';
    } catch (error) {
      this._answer.textContent = t('incidentmap.failed', { message: error.message });
    } finally {
      this._submit.disabled = false;
      this._form.setAttribute('aria-busy', 'false');
    }
  }

  /** Where it went and why (the server's reason in the page's language), and its waiting list. */
  _show(incident) {
    const to = incident.post
      ? t('incidentmap.toPost', { name: incident.postName, code: incident.post })
      : t('incidentmap.toCommittee', { name: incident.committeeName });
    const query = incident.post ? `post=${incident.post}` : `committee=${incident.committee}`;
    this._answer.replaceChildren(
      el('strong', {}, t('incidentmap.routed', { id: incident.id, to })),
      el('span', { className: 'og-report-reason' }, language() === 'en' ? incident.reason.en : incident.reason.zh),
      el('a', { href: `incidents.html?${query}` }, t('incidentmap.waiting')));
    this._answer.dataset.id = incident.id;
  }
}

/**
 * Keeps the box clear of the bottom-left corner (the scale, the sample-data note): at most as high
 * as the room between its top and the corner's, scrolling within it. Measured again whenever
 * either corner or the map changes size (a box opened above it moves it down, a language its note).
 */
function keepAbove(box, mapElement) {
  const corner = mapElement.querySelector('.leaflet-bottom.leaflet-left');
  const fit = () => {
    box.style.maxHeight = `${Math.max(corner.getBoundingClientRect().top - box.getBoundingClientRect().top - GAP, 0)}px`;
  };
  // a frame later: a size set within the observer's own callback would be a loop it reports
  const observer = new ResizeObserver(() => requestAnimationFrame(fit));
  [box.parentElement, corner, mapElement].forEach((element) => observer.observe(element));
  box.addEventListener('toggle', fit);
}

/**
 * The chosen photo as a JPEG data URL (null: none), at most EDGE pixels on its longer side: a
 * phone's photo is megabytes, the server keeps up to 600 KB (and re-encodes it, dropping EXIF).
 */
async function photo(file) {
  if (!file) {
    return null;
  }
  let image;
  try {
    image = await createImageBitmap(file);
  } catch {
    throw new Error(t('incidentmap.notImage'));
  }
  const scale = Math.min(1, EDGE / Math.max(image.width, image.height));
  const canvas = el('canvas', { width: Math.round(image.width * scale), height: Math.round(image.height * scale) });
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.8);
}
