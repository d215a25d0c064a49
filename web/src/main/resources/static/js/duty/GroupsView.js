// Staff's committee page: the featured party groups' month (activities, whether each keeps the
// rule, points) and a form to record an activity for one of them.
import { send } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';

export class GroupsView {
  constructor(status, onChange) {
    this._status = status;
    this._onChange = onChange;
    this.element = el('ul', { id: 'duty-groups' });
  }

  show(groups) {
    this.element.replaceChildren(...(groups.length ? groups.map((g) => this._group(g)) : [el('li', {}, t('duty.none'))]));
  }

  _group(group) {
    const title = el('input', { type: 'text', maxlength: 200, required: true, 'aria-label': t('duty.activityTitle'), placeholder: t('duty.activityTitle') });
    const day = el('input', { type: 'date', required: true, 'aria-label': t('duty.activityDay'), value: new Date().toLocaleDateString('sv') });
    const form = el('form', { className: 'og-duty-row' }, day, title, el('button', { type: 'submit' }, t('duty.activityAdd')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await send('POST', `party-groups/${group.id}/activities`, { heldOn: day.value, title: title.value });
        this._status.textContent = '';
        await this._onChange();
      } catch (error) {
        this._status.textContent = error.message;
      }
    });
    return el('li', { dataset: { group: group.id } },
      el('strong', {}, group.name), ' ',
      t(group.compliant ? 'duty.groupKeeps' : 'duty.groupShort', { count: group.activities.length, points: group.points }),
      el('ul', {}, group.activities.map((a) => el('li', {}, `${a.heldOn} ${a.title}`))),
      form);
  }
}
