// Small pieces of the planner panel: a form asking why (publish, revert), what cleaning changed in
// a drawing, and the history of a post with a revert per change.
import { el } from '../dom.js';
import { language, t } from '../i18n.js';
import { squareMetres } from '../analysisText.js';

/** A form with one required text field; onSubmit(text) when sent, onCancel() for its button. */
export function reasonForm({ id, label, submit, onSubmit, onCancel }) {
  const input = el('input', {
    id, type: 'text', required: true, maxlength: '500', autocomplete: 'off', dataset: { key: id },
  });
  const form = el('form', { className: 'og-reason' },
    el('label', { for: id }, label), input,
    el('div', { className: 'og-actions' },
      el('button', { type: 'submit', className: 'og-button og-primary' }, submit),
      onCancel ? cancelButton(onCancel) : null));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text) {
      onSubmit(text);
    } else {
      input.setCustomValidity(t('planner.reasonRequired'));
      input.reportValidity();
      input.addEventListener('input', () => input.setCustomValidity(''), { once: true });
    }
  });
  queueMicrotask(() => input.focus());
  return form;
}

function cancelButton(onCancel) {
  const button = el('button', { type: 'button', className: 'og-button' }, t('planner.cancel'));
  button.addEventListener('click', onCancel);
  return button;
}

/** What cleaning changed: one line per step, with a button to zoom to where it was. */
export function cleaningList(cleanings, zoomTo) {
  if (!cleanings || cleanings.length === 0) {
    return el('p', { className: 'og-muted', dataset: { cleanings: '0' } }, t('cleaning.none'));
  }
  return el('ul', { className: 'og-list og-cleanings', dataset: { cleanings: String(cleanings.length) } },
    cleanings.map((c) => el('li', { dataset: { kind: c.kind } },
      el('strong', {}, t(`cleaning.${c.kind}`, { area: squareMetres(Math.abs(c.areaChangeM2)) })),
      ' ', el('span', { className: 'og-muted' }, c.detail),
      c.where ? linkButton('cleaning.zoomTo', () => zoomTo(c.where)) : null)));
}

/** The published changes of the post, newest first, each with a revert button. */
export function historyList(changes, { onRevert, asking, askReason }) {
  if (!changes) {
    return el('p', { className: 'og-muted' }, t('card.loading'));
  }
  if (changes.length === 0) {
    return el('p', { className: 'og-muted' }, t('history.none'));
  }
  return el('ol', { className: 'og-list og-history' }, changes.map((c) => el('li', {
    dataset: { change: String(c.id) },
  },
  el('div', {}, el('strong', {}, new Date(c.changedAt).toLocaleString(language())), ' · ', c.changedBy),
  el('div', {}, c.reason),
  el('div', { className: 'og-muted' }, t('history.versions', { from: c.beforeVersion, to: c.afterVersion }),
    c.reverts ? ` · ${t('history.reverts', { id: c.reverts })}` : '',
    c.plan ? ` · ${t('history.plan', { id: c.plan })}` : ''),
  asking === c.id ? askReason(c)
    : linkButton('history.revert', () => onRevert(c), { dataset: { revert: String(c.id) } }))));
}

function linkButton(key, onClick, attributes = {}) {
  const b = el('button', { type: 'button', className: 'og-link', ...attributes }, t(key));
  b.addEventListener('click', onClick);
  return b;
}

/** A button with a message key's text; key keeps focus on it across renders. */
export function button(textKey, onClick, { disabled = false, key = textKey, title = null, primary = false } = {}) {
  const b = el('button', {
    type: 'button', className: primary ? 'og-button og-primary' : 'og-button', disabled, title,
    dataset: { key },
  }, t(textKey));
  b.addEventListener('click', onClick);
  return b;
}
