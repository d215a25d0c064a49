// After a publish or a revert the analysis recomputes the committees it touched in the background;
// until then cards say their figures are being recomputed. This tells when it has caught up: the
// town summary's analysisPending (committees still queued) is 0.
import { summary } from '../api.js';

const EVERY_MS = 2000;
const TRIES = 150; // five minutes: longer means the analysis is not running, nothing to wait for

/** Resolves true once nothing awaits analysis, false when it never came to that. */
export async function analysisCaughtUp() {
  for (let i = 0; i < TRIES; i += 1) {
    const doc = await summary().catch(() => null);
    if (doc?.counts?.analysisPending === 0) {
      return true;
    }
    await new Promise((resolve) => { setTimeout(resolve, EVERY_MS); });
  }
  return false;
}
