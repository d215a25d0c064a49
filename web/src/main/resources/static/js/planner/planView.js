// The draft plan part of the planner's panel: choose a draft or name a new one; for the chosen
// one, what it changes and its effect (published → planned), publish with a reason, discard, or
// share it with other planners (only its author and they see it). Below, the published plans,
// each reverted as a whole once confirmed with a reason.
import { el } from '../dom.js';
import { language, t } from '../i18n.js';
import { effectsView } from './effectsView.js';
import { button, reasonForm } from './formsView.js';

/** names: code → name of committees and posts, for the comparison. */
export function planSection(p, names) {
  const s = p.state;
  const select = el('select', { id: 'og-plan', dataset: { key: 'plan' } },
    el('option', { value: '' }, t('plan.none')),
    s.plans.map((plan) => el('option', { value: String(plan.id), selected: plan.id === s.plan?.id },
      t('plan.option', { name: plan.name, by: plan.createdBy }))));
  select.addEventListener('change', () => p.choosePlan(select.value ? Number(select.value) : null));
  const name = el('input', {
    id: 'og-plan-name', type: 'text', maxlength: '100', autocomplete: 'off', dataset: { key: 'plan-name' },
    placeholder: t('plan.namePlaceholder'),
  });
  const create = el('form', { className: 'og-inline' },
    el('label', { for: 'og-plan-name', className: 'og-visually-hidden' }, t('plan.name')), name,
    el('button', { type: 'submit', className: 'og-button', dataset: { key: 'plan-create' } }, t('plan.create')));
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    if (name.value.trim()) {
      p.createPlan(name.value.trim());
      name.value = '';
    }
  });
  return el('section', { className: 'og-section', dataset: { section: 'plan' } },
    el('label', { className: 'og-field', for: 'og-plan' }, t('plan.label'), select),
    create,
    s.plan ? chosen(p, s, names) : null);
}

function chosen(p, s, names) {
  const { plan } = s;
  const codes = [...plan.changes, ...plan.posts].map((c) => c.code); // areas, then posts
  return el('div', { className: 'og-plan', dataset: { plan: String(plan.id), changes: String(codes.length) } },
    el('p', {}, codes.length === 0 ? t('plan.empty')
      : t('plan.changes', {
        count: codes.length, codes: codes.map((code) => names.get(code) ?? code).join(t('list.separator')),
      })),
    codes.length > 0 ? el('details', { className: 'og-compare', dataset: { key: 'compare' } },
      el('summary', {}, t('plan.compare')),
      effectsView(plan.effects, { names, columns: ['plan.published', 'plan.planned'] })) : null,
    s.asking === 'publish'
      ? reasonForm({
        id: 'og-publish-reason', label: t('plan.reason'), submit: t('plan.publish'),
        onSubmit: (reason) => p.publish(reason), onCancel: () => p.ask(null),
      })
      : el('div', { className: 'og-actions' },
        button('plan.publish', () => p.ask('publish'), { key: 'publish', primary: true, disabled: codes.length === 0 }),
        button('plan.discard', () => p.discard(), { key: 'discard' })),
    shares(p, plan));
}

/** Who else the draft is shared with, each with a way to stop; a form to share it further. */
function shares(p, plan) {
  const username = el('input', {
    id: 'og-plan-share', type: 'text', maxlength: '64', autocomplete: 'off', dataset: { key: 'share-username' },
    placeholder: t('plan.shareWith'),
  });
  const form = el('form', { className: 'og-inline' },
    el('label', { for: 'og-plan-share', className: 'og-visually-hidden' }, t('plan.shareWith')), username,
    el('button', { type: 'submit', className: 'og-button', dataset: { key: 'share' } }, t('plan.share')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (username.value.trim()) {
      p.share(username.value.trim());
    }
  });
  return el('div', { className: 'og-shares', dataset: { key: 'shares' } },
    plan.sharedWith.length === 0 ? el('p', {}, t('plan.private'))
      : el('ul', {}, plan.sharedWith.map((who) => el('li', {}, who, ' ',
        button('plan.unshare', () => p.share(who, false), { key: `unshare-${who}` })))),
    form);
}

/** The list, folded; the plan asked about (asking: `revert-plan-<id>`) shows its form. */
export function publishedSection(p) {
  const s = p.state;
  const plans = s.publishedPlans;
  return el('details', { className: 'og-section', dataset: { section: 'published-plans', key: 'published-plans' } },
    el('summary', {}, t('published.title', { count: plans ? plans.length : '…' })),
    !plans ? el('p', { className: 'og-muted' }, t('card.loading'))
      : plans.length === 0 ? el('p', { className: 'og-muted' }, t('published.none'))
        : el('ol', { className: 'og-list og-history' }, plans.map((plan) => item(p, s, plan))));
}

function item(p, s, plan) {
  const asked = s.asking === `revert-plan-${plan.id}`;
  return el('li', { dataset: { plan: String(plan.id), state: plan.state } },
    el('div', {}, el('strong', {}, plan.name), ` · ${plan.createdBy}`),
    el('div', { className: 'og-muted' },
      `${new Date(plan.publishedAt).toLocaleString(language())} · #${plan.id}`),
    plan.state === 'reverted' ? el('div', { className: 'og-muted', dataset: { reverted: 'true' } }, t('published.reverted'))
      : asked ? [
        el('p', { className: 'og-hint' }, t('published.confirm')),
        reasonForm({
          id: 'og-revert-plan-reason', label: t('published.reason'), submit: t('published.revertConfirm'),
          onSubmit: (reason) => p.revertPlan(plan, reason), onCancel: () => p.ask(null),
        }),
      ]
        : button('published.revert', () => p.ask(`revert-plan-${plan.id}`), { key: `revert-plan-${plan.id}` }));
}
