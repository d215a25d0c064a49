// The posts part of the planner's panel: the blind spot's suggestion, placing a new post, the
// committee's posts, and the chosen one's name, duties, place and retirement. Built again from the
// editor's state on every render, as the rest of the panel is.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { metres } from '../analysisText.js';
import { effectsView } from '../planner/effectsView.js';
import { button, historyList, reasonForm } from '../planner/formsView.js';
import { peopleSection } from './peopleView.js';
import { timeView } from './timeView.js';

/** editor: the PostEditor; s: the planner's state; names: code → name, for the preview. */
export function postSection(editor, s, names) {
  const { committee, plan } = s;
  if (!committee) {
    return el('p', { className: 'og-hint' }, t('posts.pickCommittee'));
  }
  const post = editor.post;
  return el('div', { className: 'og-section', dataset: { section: 'posts', ready: String(editor.ready) } },
    el('p', { className: 'og-planner-committee' }, committee.name),
    editor.suggested ? el('div', { className: 'og-suggest' },
      el('p', {}, t('posts.blindSpot', { radius: metres(editor.blindSpot.radius) })),
      button('posts.createAtBlindSpot', () => editor.createAtBlindSpot(), { key: 'create-at-blind-spot', primary: true }))
      : null,
    placing(editor),
    choice(editor),
    post ? details(editor, post) : null,
    post ? history(editor, post, s.asking) : null,
    post && plan ? peopleSection(editor, post, (plan.flags || []).filter((f) => f.committee === committee.code))
      : null,
    plan?.posts.length ? el('section', { className: 'og-section', dataset: { section: 'preview' } },
      el('h3', {}, t('posts.effects', { plan: plan.name })),
      effectsView(plan.effects, { names, edited: editor.chosen, columns: ['plan.published', 'plan.planned'] }),
      timeView(plan.effects, names))
      : null);
}

function placing(editor) {
  if (editor.placing) {
    return el('div', { className: 'og-actions og-placing-hint', dataset: { placing: editor.placing } },
      el('p', { className: 'og-hint' }, t(`posts.placing.${editor.placing}`)),
      button('planner.cancel', () => editor.place(null), { key: 'cancel-placing' }));
  }
  return el('div', { className: 'og-actions' },
    button('posts.place', () => editor.place('new'), { key: 'place-new' }));
}

function choice(editor) {
  const posts = editor.posts;
  if (posts.length === 0) {
    return el('p', { className: 'og-muted' }, editor.ready ? t('planner.noPosts') : t('card.loading'));
  }
  const select = el('select', { id: 'og-post-choice', dataset: { key: 'post-choice' } },
    posts.map((p) => el('option', { value: p.code, selected: p.code === editor.chosen },
      `${p.code.slice(12)} ${p.name}${p.isNew ? t('posts.tag.new') : p.retired ? t('posts.tag.retired') : ''}`)));
  select.addEventListener('change', () => editor.choose(select.value));
  return el('label', { className: 'og-field', for: 'og-post-choice' }, t('planner.post'), select);
}

function details(editor, post) {
  const { code } = post;
  const name = el('input', {
    id: 'og-post-name', type: 'text', maxlength: '100', autocomplete: 'off', value: post.name,
    dataset: { key: `post-name-${code}` },
  });
  const rename = el('form', { className: 'og-inline' }, name,
    el('button', { type: 'submit', className: 'og-button', dataset: { key: 'rename' } }, t('posts.rename')));
  rename.addEventListener('submit', (event) => {
    event.preventDefault();
    editor.change(code, { name: name.value.trim() });
  });
  const duties = el('fieldset', { className: 'og-duties', disabled: post.retired },
    el('legend', {}, t('posts.duties')),
    [...(editor.duties || new Map())].map(([id, full]) => {
      const box = el('input', {
        type: 'checkbox', checked: post.dutyTypes.includes(id), dataset: { key: `duty-${id}`, duty: id },
      });
      box.addEventListener('change', () => editor.change(code, {
        dutyTypes: [...duties.querySelectorAll('[data-duty]:checked')].map((b) => b.dataset.duty),
      }));
      return el('label', { className: 'og-row' }, box, dutyName(id, full));
    }));
  return el('div', { className: 'og-post', dataset: { post: code, staged: String(post.staged), retired: String(post.retired) } },
    el('label', { className: 'og-field', for: 'og-post-name' }, t('posts.name')),
    rename,
    duties,
    el('p', { className: 'og-hint' }, t('posts.where', {
      lng: post.location[0].toFixed(5), lat: post.location[1].toFixed(5),
    })),
    el('div', { className: 'og-actions' },
      post.retired ? null : button('posts.move', () => editor.place('move'), { key: 'move' }),
      post.isNew ? null : button(post.retired ? 'posts.restore' : 'posts.retire',
        () => editor.change(code, { retired: !post.retired }), { key: 'retire' }),
      post.staged ? button(post.isNew ? 'posts.drop' : 'posts.unstage', () => editor.unstage(code), { key: 'unstage' })
        : null));
}

/** The chosen post's published changes, asked for when first opened, each with a revert. */
function history(editor, post, asking) {
  const details = el('details', { className: 'og-section', dataset: { section: 'post-history', key: `post-history-${post.code}` } },
    el('summary', {}, t('history.title')),
    historyList(editor.history, {
      asking: typeof asking === 'string' ? Number(asking.slice(5)) : null, // 'post-<id>': asking why
      onRevert: (change) => editor.ask(change.id),
      askReason: (change) => reasonForm({
        id: 'og-post-revert-reason', label: t('history.reason'), submit: t('history.revert'),
        onSubmit: (reason) => editor.revert(change, reason), onCancel: () => editor.ask(null),
      }),
    }));
  details.addEventListener('toggle', () => details.open && editor.history === null && editor.showHistory());
  return details;
}

/** A duty's name in the page's language: ours for the five we know, else the server's. */
function dutyName(id, full) {
  const key = `duty.${id}`;
  const ours = t(key);
  return ours === key ? full : ours;
}
