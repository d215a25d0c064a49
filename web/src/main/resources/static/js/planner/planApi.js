// The plan endpoints only the published-plans list uses, on api.js's read and send (kept out of
// api.js, which the page loads before anyone opens planner mode).
import { read, send } from '../api.js';

/** The reader's own and shared published plans, reverted ones too, the last published first. */
export async function publishedPlans() {
  return (await read('plans?state=published')).plans;
}

/** Reverts a published plan as a whole, once: {reverted: [{collection, code, version}]}. */
export function revertWholePlan(planId, reason) {
  return send('POST', `plans/${planId}/revert`, { reason });
}
