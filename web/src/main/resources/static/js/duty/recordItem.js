// One duty record as a list item: when, who, where, its flags and review, the incident its
// problem became (a link to it).
import { el } from '../dom.js';
import { t } from '../i18n.js';

const TIME = { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' };

export function recordItem(record, ...extra) {
  const when = `${new Date(record.start).toLocaleString(undefined, TIME)}–${new Date(record.end).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
  const flags = record.flags.map((f) => t(`duty.flag.${f}`)).join('，');
  const review = record.review === 'none' ? null
    : t(`duty.review.${record.review}`, { reason: record.reviewReason || '' });
  return el('li', { dataset: { record: record.id, review: record.review } },
    el('div', {}, el('strong', {}, record.personName), ' · ', record.postName),
    el('div', { className: 'og-duty-muted' }, when, ' · ', t(`dutyType.${record.dutyType}`)),
    record.note ? el('div', {}, record.note) : null,
    flags || review ? el('div', { className: 'og-duty-flag' }, [flags, review].filter(Boolean).join(' · ')) : null,
    record.incident ? el('a', { href: `incidents.html?id=${record.incident.id}`, dataset: { incident: record.incident.id } },
      t('duty.incidentLink', { id: record.incident.id })) : null,
    extra);
}
