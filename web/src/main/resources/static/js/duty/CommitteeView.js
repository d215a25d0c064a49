// Staff's committee page: this month's rule, today's duties, who is on duty now, and the records
// waiting for confirmation (confirm, or reject with a reason).
import { read, send } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { GroupsView } from './GroupsView.js';
import { recordItem } from './recordItem.js';

export class CommitteeView {
  constructor(root, status, committee) {
    this._root = root;
    this._status = status;
    this._committee = committee;
    this._compliance = el('div', { id: 'duty-compliance' });
    this._today = el('ul', { id: 'duty-today' });
    this._onNow = el('ul', { id: 'duty-on-now' });
    this._pending = el('ul', { id: 'duty-pending' });
    this._groups = new GroupsView(status, () => this._refresh());
  }

  async show() {
    this._root.append(
      section(t('duty.compliance'), this._compliance),
      section(t('duty.onNow'), this._onNow),
      section(t('duty.today'), this._today),
      section(t('duty.pending'), this._pending),
      section(t('duty.groups'), this._groups.element),
      el('p', { className: 'og-duty-row' },
        el('a', { id: 'duty-report', href: `committees/${encodeURIComponent(this._committee)}/report.xlsx`, download: true }, t('duty.report')),
        el('a', { href: 'service-day' }, t('duty.serviceDay'))));
    await this._refresh();
  }

  async _refresh() {
    this._root.setAttribute('aria-busy', 'true');
    const [{ records }, pending, compliance] = await Promise.all([
      read('duty-records'), read('duty-records?pending=true'),
      read(`committees/${encodeURIComponent(this._committee)}/compliance`)]);
    const now = Date.now();
    const today = new Date().toDateString();
    const todays = records.filter((r) => new Date(r.start).toDateString() === today);
    fill(this._today, todays.map((r) => recordItem(r)));
    fill(this._onNow, todays.filter((r) => new Date(r.start) <= now && now <= new Date(r.end).getTime() + 15 * 60e3)
      .map((r) => recordItem(r)));
    fill(this._pending, pending.records.map((r) => recordItem(r, this._reviewButtons(r))));
    this._groups.show(compliance.groups);
    const c = compliance.committee;
    this._compliance.replaceChildren(
      el('p', { id: 'duty-compliance-line' }, t('duty.complianceLine', c)),
      compliance.atZero.length
        ? el('p', { className: 'og-duty-muted' }, `${t('duty.atZero')}: ${compliance.atZero.map((m) => m.name).join('、')}`)
        : null);
    this._root.setAttribute('aria-busy', 'false');
  }

  _reviewButtons(record) {
    const reason = el('input', { type: 'text', maxlength: 500, 'aria-label': t('duty.reason'), placeholder: t('duty.reason') });
    const confirm = el('button', { type: 'button', dataset: { action: 'confirm' } }, t('duty.confirm'));
    const reject = el('button', { type: 'button', dataset: { action: 'reject' } }, t('duty.reject'));
    const review = async (ok) => {
      try {
        await send('POST', `duty-records/${record.id}/review`, { confirm: ok, reason: reason.value || null });
        this._status.textContent = '';
        await this._refresh();
      } catch (error) {
        this._status.textContent = error.message;
      }
    };
    confirm.addEventListener('click', () => review(true));
    reject.addEventListener('click', () => review(false));
    return el('div', { className: 'og-duty-row' }, confirm, reject, reason);
  }
}

function section(title, content) {
  return el('section', {}, el('h2', {}, title), content);
}

function fill(list, items) {
  list.replaceChildren(...(items.length ? items : [el('li', {}, t('duty.none'))]));
}
