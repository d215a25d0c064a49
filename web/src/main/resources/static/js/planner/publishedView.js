// The published plans in the planner's panel, each with "revert the whole plan": asked to confirm
// with a reason, then put back as a whole by the server, or refused in its words (reverted
// already, a feature changed since, not the reader's to revert).
import { el } from '../dom.js';
import { language, t } from '../i18n.js';
import { button, reasonForm } from './formsView.js';

/** The list, folded until opened; a plan asked about (state.asking `revert-plan-<id>`) shows its form. */
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
      t('published.when', { when: new Date(plan.publishedAt).toLocaleString(language()) }),
      plan.imported ? ` · ${t('published.imported')}` : '',
      ` · #${plan.id}`),
    plan.state === 'reverted' ? el('div', { className: 'og-muted', dataset: { reverted: 'true' } }, t('published.reverted'))
      : asked ? [
        el('p', { className: 'og-hint' }, t('published.confirm', { name: plan.name })),
        reasonForm({
          id: 'og-revert-plan-reason', label: t('published.reason'), submit: t('published.revertConfirm'),
          onSubmit: (reason) => p.revertPlan(plan, reason), onCancel: () => p.ask(null),
        }),
      ]
        : button('published.revert', () => p.ask(`revert-plan-${plan.id}`), { key: `revert-plan-${plan.id}` }));
}
