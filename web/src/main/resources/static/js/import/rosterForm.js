// The import page's roster section: a filled-in template goes to POST /imports/rosters; a draft
// plan comes back (said with its number and what was added), published here with a reason (or,
// for planners, in the map's planner mode), or every error by row and column. The section's state
// is its data-state (sending, drafted, refused, published), for people's tools and tests.
import { clear, el } from '../dom.js';
import { post } from './importRequests.js';

const section = document.getElementById('og-roster');
const form = document.getElementById('og-roster-form');
const status = document.getElementById('og-roster-status');
const errors = document.getElementById('og-roster-errors');
const done = document.getElementById('og-roster-done'); // planners only
const publish = document.getElementById('og-roster-publish');
let plan = null;

function say(text, alert = false) {
  status.hidden = !text;
  status.textContent = text;
  status.setAttribute('role', alert ? 'alert' : 'status');
}

/** The bundle's text with {0}, {1} … filled in. */
function fill(text, ...args) {
  return args.reduce((t, arg, i) => t.replace(`{${i}}`, String(arg)), text);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  if (!data.get('planName')) {
    data.delete('planName');
  }
  section.dataset.state = 'sending';
  section.setAttribute('aria-busy', 'true');
  clear(errors);
  publish.hidden = true;
  if (done) {
    done.hidden = true;
  }
  say(status.dataset.sending);
  try {
    const answer = await post('/imports/rosters', data);
    say(fill(status.dataset.drafted, answer.plan, answer.posts, answer.peopleAdded.join('、') || '—'));
    plan = answer.plan;
    publish.hidden = false;
    if (done) {
      done.hidden = false;
    }
    section.dataset.state = 'drafted';
  } catch (refused) {
    say(refused.message, true);
    (refused.problem?.errors || []).forEach((error) => {
      errors.append(el('li', {}, fill(status.dataset.cell, error.row, error.column || '—'), ' ', error.detail));
    });
    section.dataset.state = 'refused';
  } finally {
    section.setAttribute('aria-busy', 'false');
  }
});

publish.addEventListener('submit', async (event) => {
  event.preventDefault();
  section.setAttribute('aria-busy', 'true');
  say(status.dataset.publishing);
  try {
    await post(`/plans/${plan}/publish`, { reason: document.getElementById('og-roster-reason').value.trim() });
    say(status.dataset.published);
    publish.hidden = true;
    section.dataset.state = 'published';
  } catch (refused) {
    say(refused.message, true);
  } finally {
    section.setAttribute('aria-busy', 'false');
  }
});
