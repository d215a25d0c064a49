// The import page (/import): the form goes to POST /imports for a report (nothing written); the
// report shows as counts, a list and a layer on a small map; the same form then goes to
// /imports/plans for a draft plan, which the page publishes (and may revert) with a reason. The
// page's state is main's data-state (checking, reported, drafted, published, reverted …).
import { clear, el } from '../dom.js';
import { KIND_COLOURS, ReportMap } from './ReportMap.js';
import { post } from './importRequests.js';

const page = document.querySelector('.og-import');
const $ = (id) => document.getElementById(`og-import-${id}`);
const form = $('form');
const mapping = $('mapping');
const status = $('status');
const report = $('report');
let map = null;
let sent = null; // the form as last checked: applying sends exactly that
let plan = null;

function say(text, alert = false) {
  status.hidden = !text;
  status.textContent = text || '';
  status.setAttribute('role', alert ? 'alert' : 'status');
}

function state(name) {
  page.dataset.state = name;
}

/** The form's filled-in fields (empty ones left out: the server reads absent as not given). */
function formData() {
  const data = new FormData(form);
  for (const [name, value] of [...data.entries()]) {
    if (value === '') {
      data.delete(name);
    }
  }
  return data;
}

/** Offers the source's fields for each of OneGrid's, the current choice selected. */
function offerFields(fields, chosen = {}) {
  for (const [id, optional] of [['code', false], ['name', false], ['parent', true], ['duties', true]]) {
    const select = $(id);
    const current = chosen[id] ?? select.value;
    clear(select);
    if (optional) {
      select.append(el('option', { value: '' }, select.dataset.none));
    }
    fields.forEach((field) => select.append(el('option', { value: field }, field)));
    select.value = fields.includes(current) ? current : (optional ? '' : fields[0]);
  }
  mapping.hidden = false;
  mapping.disabled = false;
}

async function showReport(answer) {
  offerFields(answer.fields, answer.mapping);
  $('created').textContent = answer.created;
  $('updated').textContent = answer.updated;
  $('removed').textContent = answer.removed;
  const findings = answer.report.features;
  const list = $('findings');
  clear(list);
  findings.forEach((finding, index) => {
    const { kind, message } = finding.properties;
    const swatch = el('span', { className: 'og-import-kind', 'aria-hidden': 'true' });
    swatch.style.background = KIND_COLOURS[kind] || '#52606d';
    const item = el('li', { dataset: { kind } }, swatch, message);
    item.addEventListener('click', () => map.focus(index));
    list.append(item);
  });
  $('clean').hidden = findings.length > 0;
  report.hidden = false;
  map = map || new ReportMap($('map'));
  await map.show(answer.report);
  report.scrollIntoView({ block: 'start' });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = formData();
  state('checking');
  report.setAttribute('aria-busy', 'true');
  $('draft').hidden = true;
  $('done').hidden = true;
  say(status.dataset.checking);
  try {
    const answer = await post('/imports', data);
    sent = data;
    say('');
    await showReport(answer);
    state('reported');
  } catch (refused) {
    const choices = refused.problem?.choices;
    if (refused.problem?.parameter === 'mapping' && choices?.length) {
      offerFields(choices);
    }
    report.hidden = true;
    say(refused.message, true);
    state('refused');
  } finally {
    report.setAttribute('aria-busy', 'false');
  }
});

// A changed form makes the report stale: it has to be checked again before it is applied.
form.addEventListener('change', () => {
  if (!report.hidden) {
    report.hidden = true;
    say(status.dataset.mapped);
  }
});

$('apply').addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData();
  sent.forEach((value, name) => data.append(name, value));
  const name = $('plan-name').value.trim();
  if (name) {
    data.append('planName', name);
  }
  say(status.dataset.applying);
  try {
    plan = (await post('/imports/plans', data)).plan;
    say('');
    $('plan-id').textContent = String(plan);
    report.hidden = true;
    $('draft').hidden = false;
    $('reason').focus();
    state('drafted');
  } catch (refused) {
    say(refused.message, true);
  }
});

$('publish').addEventListener('submit', async (event) => {
  event.preventDefault();
  say(status.dataset.publishing);
  try {
    await post(`/plans/${plan}/publish`, { reason: $('reason').value.trim() });
    say('');
    $('draft').hidden = true;
    $('done').hidden = false;
    state('published');
  } catch (refused) {
    say(refused.message, true);
  }
});

// Reverting the plan as a whole: its <details> asks first.
$('revert').addEventListener('submit', async (event) => {
  event.preventDefault();
  say(status.dataset.reverting);
  try {
    const { reverted } = await post(`/plans/${plan}/revert`, { reason: $('revert-reason').value.trim() });
    say(status.dataset.reverted.replace('{0}', reverted.length));
    $('revert-ask').hidden = true;
    $('published').hidden = true;
    state('reverted');
  } catch (refused) { // reverted already, changed since, not allowed
    say(refused.message, true);
    state('revert-refused');
  }
});

mapping.disabled = true; // until the file's fields are known
state('ready');
