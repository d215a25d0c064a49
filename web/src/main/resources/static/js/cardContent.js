// What a card shows for a committee, a grid, a duty post or a residential compound, from its /cards
// document. Every value
// becomes text; related features are buttons that open their own card.
import { el } from './dom.js';
import { number, t } from './i18n.js';
import {
  formatValue, indicatorTitle, metres, percent, slotLabel, squareMetres,
} from './analysisText.js';
import { postIconCanvas } from './postIcon.js';

/**
 * The body of a card: data is the /cards document; navigate({collection, code}) opens another
 * card; choropleth (or null) is the indicator colouring the committees.
 */
export function cardBody(data, { navigate, choropleth }) {
  const link = (collection, code, name) => {
    const button = el('button', { type: 'button', className: 'og-link', dataset: { code } }, name);
    button.addEventListener('click', () => navigate({ collection, code }));
    return button;
  };
  switch (data.kind) {
    case 'committee':
      return committee(data, link, choropleth);
    case 'grid':
      return grid(data, link);
    case 'post':
      return post(data, link);
    case 'compound':
      return compound(data, link);
    default:
      return [];
  }
}

/** The line above the card's title: what kind of feature, and its code. */
export function kindLine(data) {
  const kind = {
    committee: () => t(`committeeKind.${data.committeeKind}`),
    grid: () => t(`gridLevel.${data.level}`),
    post: () => t('kind.post'),
    compound: () => t('kind.compound'),
  }[data.kind];
  return `${kind ? kind() : ''} · ${data.code}`;
}

function committee(data, link, choropleth) {
  const value = choropleth?.valueOf(data.code);
  return [
    illustrative(data),
    value === null || value === undefined ? null : el('p', { className: 'og-indicator-value' },
      t('card.indicator', {
        title: indicatorTitle(choropleth.indicator), value: formatValue(value, choropleth.indicator.unit),
      })),
    analysis(data.analysis, data.code, data.patrolled),
    section('card.liaisons', 'liaisons', data.liaisons, (l) => [
      el('span', { className: 'og-tag' }, t(`liaisonKind.${l.liaisonKind}`)), ' ', l.name,
      el('span', { className: 'og-service-day', dataset: { weekday: l.serviceWeekday } },
        t('card.serviceDay', { weekday: t(`weekday.${l.serviceWeekday}`) })),
      communities(l.communities, data.code, link),
    ]),
    section('card.partyGroups', 'party-groups', data.partyGroups, (g) => [
      el('span', { className: 'og-tag' }, t(`speciality.${g.speciality}`)), ' ', g.name,
      el('span', { className: 'og-muted og-group-members' }, g.members.length === 0
        ? t('card.noGroupMembers')
        : t('card.groupMembers', {
          count: number(g.members.length), names: names(g.members.map((m) => m.name)),
        })),
    ]),
    section('card.compounds', 'compounds', data.compounds, (r) => [
      link('residential-compounds', r.code, r.name),
      r.propertyCompany ? el('span', { className: 'og-muted' }, ` · ${r.propertyCompany}`) : null,
    ]),
    section('card.grids', 'grids', data.grids, (g) => [
      link('comprehensive-grids', g.code, g.name),
      el('span', { className: 'og-muted' }, ` ${leader(g.leader)} · `,
        t('card.microGridCount', { count: number(g.microGrids) })),
    ]),
    section('card.posts', 'posts', data.posts, (p) => [
      link('duty-posts', p.code, p.name),
      el('span', { className: 'og-muted' }, ` ${leader(p.leader)}`), dutyChips(p.dutyTypes),
    ]),
    section('card.partnerUnits', 'partner-units', data.partnerUnits, (u) => [
      u.name, el('span', { className: 'og-muted' }, ` · ${t(`unitKind.${u.unitKind}`)}`,
        u.annualSupportYuan === null ? null
          : ` · ${t('card.yuanPerYear', { amount: number(u.annualSupportYuan) })}`),
    ]),
    section('card.volunteerTeams', 'volunteer-teams', data.volunteerTeams, (v) => [
      v.name, el('span', { className: 'og-muted' },
        ` · ${t('card.teamMembers', { interest: v.interest, count: number(v.members) })}`),
    ]),
    el('a', { href: `/committees/${data.code}/organisation` }, t('card.organisation')), ' ',
    // there whether or not the committee has been analysed: the desk says when it has not
    el('a', { className: 'og-card-desk', href: `/desk/committees/${data.code}` }, t('user.desk')),
  ];
}

/**
 * The committee's latest analysis: coverage (planned, and patrolled this month), gaps, overlaps,
 * the blind spot, uncovered slots.
 */
function analysis(result, code, patrolled) {
  if (!result) {
    return null;
  }
  // Uncovered slots come first (the night window's before the rest): naming them is the point.
  const worst = (result.worstSlots || []).slice(0, 3)
    .map((slot) => `${slotLabel(slot)} ${percent(slot.ratio)}`).join(t('list.separator'));
  return el('section', { className: 'og-section', dataset: { section: 'analysis' } },
    el('h3', {}, t('card.analysis')),
    result.stale ? el('p', { className: 'og-muted' }, t('card.analysisStale')) : null,
    el('dl', { className: 'og-fields' },
      field('card.coverage', percent(result.coverageRatio)),
      patrolled ? field('card.patrolled', percent(patrolled.ratio)) : null,
      field('card.catchment', percent(result.catchmentRatio)),
      field('card.gap', squareMetres(result.gapM2)),
      field('card.overlap', squareMetres(result.overlapM2)),
      field('card.blindSpot', metres(result.blindSpotRadiusM)),
      field('card.slotsWithoutCover', t('card.slotsOf', {
        count: number(result.slotsWithoutCover), total: number(result.slots),
      })),
      worst ? field('card.worstSlots', worst) : null),
    el('a', { href: `/committees/${code}/time-table` }, t('card.timeTable')));
}

function grid(data, link) {
  return [
    illustrative(data),
    el('dl', { className: 'og-fields' },
      field('card.committee', link('committees', data.committee.code, data.committee.name)),
      data.parent ? field('card.parent', link('comprehensive-grids', data.parent.code, data.parent.name))
        : null,
      field('card.leader', [leader(data.leader), phone(data.leaderPhone)])),
    data.level === 'comprehensive'
      ? section('card.microGrids', 'micro-grids', data.microGrids, (m) => link('micro-grids', m.code, m.name))
      : null,
  ];
}

function post(data, link) {
  const now = data.onDutyNow || [];
  return [
    illustrative(data),
    el('dl', { className: 'og-fields' },
      field('card.committee', link('committees', data.committee.code, data.committee.name)),
      field('card.leader', [leader(data.leader), phone(data.leaderPhone)]),
      field('card.dutyTypes', dutyChips(data.dutyTypes))),
    el('p', { className: now.length > 0 ? 'og-on-duty' : 'og-on-duty og-muted' },
      now.length > 0 ? t('card.onDutyNowList', { names: names(now) }) : t('card.nobodyNow')),
    section('card.members', 'members', data.members, (m) => [m.name, phone(m.phone)]),
    schedule(data.slots || []),
  ];
}

/** The residential compound: its committee, area and "four in one" team. */
function compound(data, link) {
  const team = data.fourInOne || {};
  const named = (value) => value || el('span', { className: 'og-muted' }, t('card.notRecorded'));
  return [
    illustrative(data),
    el('dl', { className: 'og-fields' },
      field('card.committee', link('committees', data.committee.code, data.committee.name)),
      field('card.area', squareMetres(data.areaM2))),
    el('section', { className: 'og-section', dataset: { section: 'four-in-one' } },
      el('h3', {}, t('card.fourInOne')),
      el('dl', { className: 'og-fields' },
        field('card.partyOrganisation', named(team.partyOrganisation)),
        field('card.policeStation', named(team.policeStation)),
        field('card.propertyCompany', named(team.propertyCompany)),
        field('card.ownersCommittee', named(team.ownersCommittee)))),
  ];
}

/** The communities a liaison serves, when more than this one. */
function communities(list, here, link) {
  if (!list || list.length < 2) {
    return null;
  }
  return el('span', { className: 'og-communities og-muted' }, t('card.communities'),
    list.flatMap((c, i) => [i > 0 ? t('list.separator') : null,
      c.code === here ? c.name : link('committees', c.code, c.name)]));
}

function schedule(slots) {
  if (slots.length === 0) {
    return null;
  }
  return el('section', { className: 'og-section', dataset: { section: 'schedule' } },
    el('h3', {}, t('card.schedule')),
    el('table', { className: 'og-schedule' }, el('tbody', {}, slots.map((slot) =>
      el('tr', { className: slot.now ? 'og-now' : null },
        el('th', { scope: 'row' }, t(`weekday.${slot.weekday}`)),
        el('td', {}, `${slot.starts}–${slot.ends}`),
        el('td', {}, names(slot.members),
          slot.now ? el('span', { className: 'og-tag og-tag-now' }, t('card.now')) : null))))));
}

function section(titleKey, name, entries, render) {
  return el('section', { className: 'og-section', dataset: { section: name } },
    el('h3', {}, t(titleKey)),
    entries && entries.length > 0
      ? el('ul', { className: 'og-list' }, entries.map((entry) => el('li', {}, render(entry))))
      : el('p', { className: 'og-muted' }, t('card.none')));
}

function field(labelKey, value) {
  return el('div', {}, el('dt', {}, t(labelKey)), el('dd', {}, value));
}

function dutyChips(types) {
  return el('span', { className: 'og-chips' }, (types || []).map((type) =>
    el('span', { className: 'og-chip', dataset: { duty: type } }, postIconCanvas([type], 14),
      t(`duty.${type}`))));
}

function illustrative(data) {
  return data.illustrative ? el('p', { className: 'og-badge' }, t('card.illustrative')) : null;
}

function leader(name) {
  return name || t('card.noLeader');
}

/**
 * A phone number as the server sent it: whole for readers allowed it, masked (138****1234) for
 * everyone else; the server decides, never the page.
 */
function phone(number) {
  return number ? el('span', { className: 'og-phone' }, ` ${number}`) : null;
}

function names(list) {
  return (list || []).join(t('list.separator'));
}
