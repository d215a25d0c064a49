// "Record now": post, duty type, when (the last hour by default), where, what, a problem reported
// (ticked, it asks the incident's type and description, the note until edited: the server reports
// it as an incident at the record's place, with its photo), a photo (scaled down on the phone
// before it is sent). The record goes to the outbox, which keeps it until it is sent.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { PlacePicker } from './PlacePicker.js';

const PHOTO_EDGE = 1280; // pixels: a phone's photo scaled to this stays well within the server's limit

export class RecordForm {
  /** posts: the member's (from /members/me/posts); types: /incident-types'; submit(body) keeps and sends a record. */
  constructor(posts, config, types, submit) {
    this._posts = posts;
    this._submit = submit;
    this._post = el('select', { id: 'duty-post', name: 'post' },
      posts.map((p) => el('option', { value: p.code }, p.name)));
    this._type = el('select', { id: 'duty-type', name: 'dutyType' });
    const now = new Date();
    this._start = el('input', { id: 'duty-start', type: 'datetime-local', value: local(new Date(now - 3600e3)) });
    this._end = el('input', { id: 'duty-end', type: 'datetime-local', value: local(now) });
    this._note = el('textarea', { id: 'duty-note', rows: 3, maxlength: 2000 });
    this._problem = el('input', { id: 'duty-problem', type: 'checkbox' });
    this._incidentType = el('select', { id: 'duty-incident-type', required: true },
      el('option', { value: '' }, t('duty.incidentChoose')),
      types.map((type) => el('option', { value: type.id }, type.name)));
    this._description = el('textarea', { id: 'duty-incident-description', rows: 2, maxlength: 2000, required: true });
    // hidden and disabled until ticked: a disabled field is neither checked nor sent
    this._incident = el('fieldset', { id: 'duty-incident', hidden: true, disabled: true },
      el('label', { for: 'duty-incident-type' }, t('duty.incidentType')), this._incidentType,
      el('label', { for: 'duty-incident-description' }, t('duty.incidentDescription')), this._description);
    this._photo = el('input', { id: 'duty-photo', type: 'file', accept: 'image/*' });
    this._picker = new PlacePicker(config);
    this._button = el('button', { type: 'submit', className: 'og-primary' }, t('duty.submit'));
    this.element = el('form', { id: 'duty-form' },
      el('label', { for: 'duty-post' }, t('duty.post')), this._post,
      el('label', { for: 'duty-type' }, t('duty.dutyType')), this._type,
      el('label', { for: 'duty-start' }, t('duty.start')), this._start,
      el('label', { for: 'duty-end' }, t('duty.end')), this._end,
      el('label', {}, t('duty.place')), this._picker.element,
      el('label', { for: 'duty-note' }, t('duty.note')), this._note,
      el('label', {}, this._problem, t('duty.problem')), this._incident,
      el('label', { for: 'duty-photo' }, t('duty.photo')), this._photo,
      this._button);
    this._post.addEventListener('change', () => this._showPost());
    this._problem.addEventListener('change', () => this._showIncident());
    this._note.addEventListener('input', () => this._description.dataset.edited || (this._description.value = this._note.value));
    this._description.addEventListener('input', () => { this._description.dataset.edited = 'true'; });
    this.element.addEventListener('submit', (e) => { e.preventDefault(); this._send(); });
  }

  /** Called once the form is in the page (the small map needs its size). */
  shown() {
    this._showPost();
  }

  _showPost() {
    const post = this._posts.find((p) => p.code === this._post.value);
    if (!post) {
      return;
    }
    this._type.replaceChildren(...post.dutyTypes.map((d) => el('option', { value: d }, t(`dutyType.${d}`))));
    this._picker.showPost(post);
  }

  _showIncident() {
    this._incident.hidden = this._incident.disabled = !this._problem.checked;
  }

  async _send() {
    const place = this._picker.place();
    this._button.disabled = true;
    try {
      await this._submit({
        post: this._post.value,
        dutyType: this._type.value,
        start: new Date(this._start.value).toISOString(),
        end: new Date(this._end.value).toISOString(),
        place,
        note: this._note.value,
        problemReported: this._problem.checked,
        incidentType: this._problem.checked ? this._incidentType.value : undefined,
        incidentDescription: this._problem.checked ? this._description.value : undefined,
        photo: await photo(this._photo.files[0]),
      });
      this._note.value = this._description.value = this._photo.value = '';
      delete this._description.dataset.edited;
      this._problem.checked = false;
      this._showIncident();
    } finally {
      this._button.disabled = false;
    }
  }
}

/** A date as a datetime-local input's value, in the phone's time. */
function local(date) {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60e3);
  return shifted.toISOString().slice(0, 16);
}

/** The chosen photo scaled down to a JPEG data URL, or null. */
async function photo(file) {
  if (!file) {
    return null;
  }
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = el('canvas', { width: Math.round(bitmap.width * scale), height: Math.round(bitmap.height * scale) });
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.8);
}
