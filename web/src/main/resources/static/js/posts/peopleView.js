// Who serves at the chosen post and when (定人、定时): its leader and members picked from the
// committee's register, and its week as 2-hour slots on a week grid, painted with the people
// chosen to serve them. The plan's flags (a person in two places at once, a slot with nobody, a
// person serving too much) are shown before publishing.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { weekGrid } from './weekGrid.js';

/** The people and week of post (as the editor has it) with the plan's flags for its committee. */
export function peopleSection(editor, post, flags) {
  const state = editor.detail?.code === post.code ? editor.detail.state : null;
  if (!editor.register || !state || post.retired) {
    return null; // no register, no plan to hold the change, or nobody serves a retired post
  }
  const members = state.members ?? [];
  const brush = editor.brush ?? members;
  const names = new Map(editor.register.map((p) => [p.id, p.name]));
  const ownFlags = flags.filter((f) => !f.posts || f.posts.includes(post.code));
  // People who left stay on the register (and on posts until removed) but are offered no more.
  const others = editor.register.filter((p) => !members.includes(p.id) && !p.left);
  return el('div', { className: 'og-people', dataset: { members: String(members.length) } },
    el('h3', {}, t('posts.people')),
    register(editor, post.code, state, editor.register.filter((p) => members.includes(p.id))),
    el('details', { className: 'og-others', open: members.length === 0, dataset: { key: `others-${post.code}` } },
      el('summary', {}, t('posts.others', { count: others.length })),
      register(editor, post.code, state, others),
      el('a', { href: `/committees/${post.code.slice(0, 12)}/register`, target: '_blank' }, t('posts.editRegister'))),
    el('h3', {}, t('posts.week')),
    members.length === 0 ? el('p', { className: 'og-hint' }, t('posts.membersFirst')) : [
      el('fieldset', { className: 'og-brush' }, el('legend', {}, t('posts.brush')),
        members.map((id) => {
          const box = el('input', { type: 'checkbox', checked: brush.includes(id), dataset: { key: `brush-${id}`, brush: String(id) } });
          box.addEventListener('change', () => editor.setBrush(members.filter((m) =>
            (m === id ? box.checked : brush.includes(m)))));
          return el('label', { className: 'og-row' }, box, names.get(id) ?? String(id));
        })),
      el('p', { className: 'og-hint' }, t('posts.weekHint')),
      weekGrid(state.slots ?? [], { names, flags: ownFlags, brush, onChange: (slots) => editor.setSlots(post.code, slots) }),
    ],
    flagList(flags));
}

/** A table of people of the register, each a member or not and the leader or not. */
function register(editor, code, state, people) {
  if (people.length === 0) {
    return el('p', { className: 'og-muted' }, t('posts.nobody'));
  }
  return el('table', { className: 'og-register' }, el('thead', {}, el('tr', {},
    el('th', { scope: 'col' }, t('posts.person')), el('th', { scope: 'col' }, t('posts.member')),
    el('th', { scope: 'col' }, t('posts.leader')))),
  el('tbody', {}, people.map((person) => personRow(editor, code, state, person))));
}

function personRow(editor, code, state, person) {
  const members = state.members ?? [];
  const member = members.includes(person.id);
  const box = el('input', { type: 'checkbox', checked: member, dataset: { key: `member-${person.id}`, member: String(person.id) } });
  box.addEventListener('change', () => editor.setPeople(code,
    box.checked || state.leader !== person.id ? state.leader ?? null : null,
    box.checked ? [...members, person.id] : members.filter((id) => id !== person.id)));
  const leader = el('input', {
    type: 'radio', name: 'og-post-leader', checked: state.leader === person.id, 'aria-label': t('posts.leader'),
    dataset: { key: `leader-${person.id}`, leader: String(person.id) },
  });
  leader.addEventListener('change', () => editor.setPeople(code, person.id,
    member ? members : [...members, person.id])); // a leader is a member
  return el('tr', { dataset: { person: String(person.id) } },
    el('th', { scope: 'row' }, person.name, ' ', el('span', { className: 'og-tag' },
      t(person.registered ? 'posts.kind.registered' : `posts.kind.${person.kind}`)),
    el('span', { className: 'og-muted' }, ' ', t('posts.serves', { posts: person.posts?.length ?? 0, slots: person.slots ?? 0 }))),
    el('td', {}, el('label', { className: 'og-row' }, box, el('span', { className: 'og-visually-hidden' }, t('posts.member')))),
    el('td', {}, leader));
}

/** The plan's flags (warnings; publishing goes ahead), each in the server's words. */
function flagList(flags) {
  if (flags.length === 0) {
    return null;
  }
  return el('div', { className: 'og-flags', role: 'status' },
    el('h3', {}, t('posts.flags', { count: flags.length })),
    el('ul', { className: 'og-list' }, flags.map((f) => el('li', { dataset: { flag: f.kind } }, f.message))));
}
