// What waits for a committee or a post (待办事件): open incidents, soonest due first, each with why
// it came here and the steps that may follow; the committee's closure rates above. Its own page,
// so the map page loads none of it. aria-busy while a list is on its way. ?id=12 shows that one
// incident (a duty record's link comes here), saying so when a patrol's record reported it.
import { read, send } from '../api.js';
import { append, clear, el } from '../dom.js';
import { addMessages, language, onLanguageChange, otherLanguage, setLanguage, t, translateDocument } from '../i18n.js';
import zhCN from './i18n/zh-CN.js';
import en from './i18n/en.js';

addMessages({ 'zh-CN': zhCN, en });

/** The steps that may follow each state (as the server's IncidentState has them). */
const NEXT = {
  reported: ['accepted', 'returned', 'void'],
  accepted: ['dispatched', 'returned', 'void'],
  dispatched: ['handled', 'returned'],
  handled: ['verified', 'returned'],
  verified: ['closed', 'returned'],
  returned: ['accepted', 'void'],
};

const list = document.getElementById('waiting');
const status = document.getElementById('status');
const rates = document.getElementById('rates');
const form = document.getElementById('whose');
const params = new URLSearchParams(location.search);
form.committee.value = params.get('committee') ?? '';
form.post.value = params.get('post') ?? '';
let one = params.get('id');
let shown = [];

function query() {
  const q = new URLSearchParams();
  if (form.post.value.trim()) {
    q.set('post', form.post.value.trim());
  } else if (form.committee.value.trim()) {
    q.set('committee', form.committee.value.trim());
  }
  return q;
}

async function load() {
  list.setAttribute('aria-busy', 'true');
  const q = query();
  try {
    if (one) {
      const feature = await read(`incidents/${encodeURIComponent(one)}`);
      shown = [{ ...feature.properties, location: feature.geometry.coordinates }];
      render([]);
      return;
    }
    shown = await read(`incidents/waiting?${q}`);
    const committee = q.get('committee') ?? (shown[0] && shown[0].committee);
    const figures = await read(`incidents/rates?by=committee${committee ? `&committee=${committee}` : ''}`);
    render(figures);
  } catch (error) {
    status.textContent = t('incidents.failed', { message: error.message });
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

function render(figures) {
  clear(list);
  status.textContent = one ? '' : shown.length ? t('incidents.count', { n: shown.length }) : t('incidents.none');
  append(list, shown.map(item));
  clear(rates);
  append(rates, figures.map((r) => el('p', { className: 'og-incidents-rate' }, `${r.name}: ${t('incidents.rates', {
    closed: percent(r.closureRate), onTime: percent(r.onTimeClosureRate), hours: r.meanHandlingHours ?? '–', n: r.reported,
  })}`)));
}

function percent(rate) {
  return rate === null ? '–' : new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

function item(incident) {
  const due = new Date(incident.dueAt).toLocaleString(language());
  const reason = language() === 'en' ? incident.reason.en : incident.reason.zh;
  const buttons = (NEXT[incident.state] ?? []).map((to) => {
    const button = el('button', { type: 'button', className: 'og-button', dataset: { step: to } },
      t(`incidents.step.${to}`));
    button.addEventListener('click', () => step(incident, to));
    return button;
  });
  return el('li', { className: 'og-incident', dataset: { id: incident.id, state: incident.state } },
    el('h2', {}, `#${incident.id} ${incident.typeName} · `,
      el('span', { className: 'og-incident-state' }, t(`incidents.state.${incident.state}`))),
    el('p', {}, incident.description),
    incident.dutyRecord ? el('p', { className: 'og-incident-source' }, t('incidents.fromDuty', { id: incident.dutyRecord })) : null,
    el('p', { className: 'og-incident-reason' }, reason),
    el('p', { className: incident.overdue ? 'og-incident-due og-overdue' : 'og-incident-due' },
      t('incidents.due', { when: due }), incident.overdue ? ` · ${t('incidents.overdue')}` : '',
      incident.uncovered ? ` · ${t('incidents.uncovered')}` : ''),
    el('div', { className: 'og-incident-steps' }, ...buttons));
}

async function step(incident, to) {
  list.setAttribute('aria-busy', 'true');
  try {
    await send('POST', `incidents/${incident.id}/steps`, { to });
  } catch (error) {
    status.textContent = t('incidents.failed', { message: error.message });
  }
  await load();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  one = null; // a list asked for: no longer the one incident
  history.replaceState(null, '', `?${query()}`);
  load();
});
document.getElementById('language').addEventListener('click', () => setLanguage(otherLanguage()));
onLanguageChange(() => {
  document.title = t('incidents.waitingTitle');
  load();
});
translateDocument();
document.title = t('incidents.waitingTitle');
load();
