// What the planner reads when the server refused a change: a stale version with the way out (reload
// the post), sign-in, a write whose fate a lost connection hides, a plan whose features changed meanwhile, or why a drawing cannot be an area.
import { t } from '../i18n.js';

/** A panel message {kind, text, stale?, action?} for an ApiError; reload(): the stale way out. */
export function problemText(error, { postName, reload }) {
  const problem = error.problem || {};
  if (error.status === 412 && problem.currentVersion !== undefined) {
    return {
      kind: 'error', stale: true,
      text: t('planner.stale', { post: postName, version: problem.currentVersion }),
      action: { label: t('planner.reloadPost'), run: reload },
    };
  }
  if (error.unknownOutcome) {
    return { kind: 'error', text: t('planner.outcomeUnknown') };
  }
  if (error.unknownOutcome === false) {
    return { kind: 'error', text: `${t('planner.notSaved')} ${error.message}` };
  }
  if (error.status === 401) {
    return { kind: 'error', text: t('planner.signIn') };
  }
  if (error.status === 409 && problem.stale) {
    return { kind: 'error', text: t('planner.conflict', { features: problem.stale.join(t('list.separator')) }) };
  }
  // The server's detail is in the page's language (api.js asks in it) and names the place: shown as it is.
  return { kind: 'error', text: error.message };
}
