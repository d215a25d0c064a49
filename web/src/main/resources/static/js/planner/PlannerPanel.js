// The planner's panel (a side panel on wide screens, a bottom sheet on phones): the draft plan,
// areas or posts, the committee and post, the tool, the effect before → after, saving, publishing
// and history (in posts mode, the posts' editor draws its own part).
// Drawn again from the planner's state after every change; focus stays on the same control. The
// panel is aria-busy while the planner waits for the server, so nothing redraws it unasked after.
import { clear, el } from '../dom.js';
import { onLanguageChange, t } from '../i18n.js';
import { effectsView } from './effectsView.js';
import { button, cleaningList, historyList, reasonForm } from './formsView.js';
import { planSection, publishedSection } from './planView.js';

const TOUCH = window.matchMedia('(pointer: coarse)'); // a finger taps and drags the map, never brushes

export class PlannerPanel {
  constructor(element, planner) {
    this._element = element;
    this._planner = planner;
    element.setAttribute('aria-labelledby', 'og-planner-title');
    onLanguageChange(() => this.render());
  }

  get element() {
    return this._element;
  }

  get isOpen() {
    return !this._element.hidden;
  }

  /** Says whether the planner waits for something that will change the panel. */
  setBusy(busy) {
    this._element.setAttribute('aria-busy', String(busy));
  }

  show(open) {
    this._element.hidden = !open;
    document.body.classList.toggle('og-planner-open', open);
  }

  render() {
    if (!this.isOpen) {
      return;
    }
    const focused = document.activeElement?.dataset?.key;
    const opened = [...this._element.querySelectorAll('details[open]')].map((d) => d.dataset.key);
    const typed = [...this._element.querySelectorAll('input[type=text]')]
      .map((input) => [input.dataset.key, input.value]);
    const p = this._planner;
    const s = p.state;
    clear(this._element).append(
      el('header', { className: 'og-card-head' },
        el('p', { className: 'og-card-kind' }, t('planner.kind')),
        el('h2', { id: 'og-planner-title' }, t(s.mode === 'posts' ? 'planner.titlePosts' : 'planner.title'))),
      el('div', { className: 'og-card-body og-planner-body', dataset: {
        busy: String(Boolean(s.busy)), mode: s.mode,
        ready: String(p.posts ? p.posts.ready : s.version !== null && s.history !== null),
      } },
        el('fieldset', { className: 'og-tools' }, el('legend', {}, t('planner.mode')),
          ['areas', 'posts'].map((mode) => radio('mode', mode, s.mode, () => p.setMode(mode)))),
        planSection(p, names(s)),
        publishedSection(p),
        s.mode === 'posts' ? p.posts?.view(s, names(s)) : [this._target(p, s), s.post ? this._tool(p, s) : null],
        message(s.message),
        s.preview && !p.posts ? this._preview(p, s) : null,
        s.post && !p.posts ? el('details', { className: 'og-section', dataset: { section: 'history', key: 'history' } },
          el('summary', {}, t('history.title')),
          historyList(s.history, {
            asking: s.asking,
            onRevert: (change) => p.ask(change.id),
            askReason: (change) => reasonForm({
              id: 'og-revert-reason', label: t('history.reason'), submit: t('history.revert'),
              onSubmit: (reason) => p.revert(change, reason), onCancel: () => p.ask(null),
            }),
          })) : null));
    if (typeof s.asking === 'number' && s.post) { // asking why a change is reverted
      this._element.querySelector('[data-section=history]').open = true;
    }
    opened.forEach((key) => {
      const details = this._element.querySelector(`details[data-key="${key}"]`);
      if (details) {
        details.open = true;
      }
    });
    for (const [key, value] of typed) {
      const input = this._element.querySelector(`[data-key="${key}"]`);
      if (input) {
        input.value = value;
      }
    }
    if (focused) {
      this._element.querySelector(`[data-key="${focused}"]`)?.focus();
    }
    if (s.message !== this._told) { // a new message is seen, however long the panel
      this._told = s.message;
      this._element.querySelector('.og-planner-message')?.scrollIntoView({ block: 'nearest' });
    }
  }

  _target(p, s) {
    if (!s.committee) {
      return el('p', { className: 'og-hint' }, t('planner.pickCommittee'));
    }
    const posts = el('select', { id: 'og-planner-post', dataset: { key: 'post' } },
      s.committee.posts.map((post) => el('option', { value: post.code, selected: post.code === s.post },
        post.name)));
    posts.addEventListener('change', () => p.choosePost(posts.value));
    return el('div', { className: 'og-section' },
      el('p', { className: 'og-planner-committee' }, s.committee.name),
      s.committee.posts.length === 0 ? el('p', { className: 'og-muted' }, t('planner.noPosts'))
        : el('label', { className: 'og-field', for: 'og-planner-post' }, t('planner.post'), posts));
  }

  _tool(p, s) {
    return el('div', { className: 'og-section', dataset: { tool: s.tool } },
      el('fieldset', { className: 'og-tools' }, el('legend', {}, t('planner.tool')),
        ['paint', 'draw'].map((tool) => radio('tool', tool, s.tool, () => p.setTool(tool)))),
      s.tool === 'paint' ? this._paintTools(p, s) : this._drawTools(p));
  }

  _paintTools(p, s) {
    const grids = el('ul', { className: 'og-grid-list' }, s.grids.map((grid) => {
      const box = el('input', {
        type: 'checkbox', checked: s.painted.has(grid.code), dataset: { key: `grid-${grid.code}`, grid: grid.code },
      });
      box.addEventListener('change', () => p.stroke([grid.code], box.checked));
      return el('li', {}, el('label', { className: 'og-row' }, box, grid.name));
    }));
    return [
      el('p', { className: 'og-hint' }, t(TOUCH.matches ? 'planner.paintHintTouch' : 'planner.paintHint')),
      el('div', { className: 'og-actions' },
        button('planner.undo', () => p.undo(), { disabled: !p.canUndo, key: 'undo', title: 'Ctrl+Z' }),
        button('planner.redo', () => p.redo(), { disabled: !p.canRedo, key: 'redo', title: 'Ctrl+Shift+Z' })),
      el('details', { className: 'og-grids', dataset: { key: 'grids' } }, el('summary', {}, t('planner.gridList', { count: s.painted.size })),
        grids),
    ];
  }

  _drawTools(p) {
    const draw = p.drawTool;
    return [
      el('p', { className: 'og-hint' }, t(draw.drawing ? 'planner.drawingHint' : 'planner.drawHint')),
      el('div', { className: 'og-actions' }, draw.drawing ? [
        button('planner.finish', () => draw.finish(), { key: 'finish' }),
        button('planner.cancel', () => draw.cancel(), { key: 'cancel-draw' }),
      ] : [
        button('planner.draw', () => p.startDrawing(), { key: 'draw' }),
        draw.reshaping ? button('planner.stopReshape', () => draw.stopReshaping(), { key: 'reshape' })
          : button('planner.reshape', () => draw.reshape(), { key: 'reshape', disabled: !draw.canReshape }),
      ]),
    ];
  }

  _preview(p, s) {
    return el('section', { className: 'og-section', dataset: { section: 'preview' } },
      el('h3', {}, t('effects.title')),
      warnings(s.preview),
      effectsView(s.preview.effects, { names: names(s), edited: s.post }),
      s.tool === 'draw' || s.preview.cleanings.length > 0 ? [el('h3', {}, t('cleaning.title')),
        cleaningList(s.preview.cleanings, (where) => p.zoomTo(where))] : null,
      el('div', { className: 'og-actions' },
        button('planner.save', () => p.save(), { key: 'save', primary: true, disabled: !s.preview.geometry })));
  }
}

/** What a preview should make a planner look twice at: an area in pieces, gaps it would open. */
function warnings(preview) {
  const pieces = preview.geometry?.type === 'MultiPolygon' ? preview.geometry.coordinates.length : 1;
  const opened = preview.openedGaps?.coordinates?.length > 0;
  return pieces > 1 || opened ? el('ul', { className: 'og-flags', dataset: { key: 'warnings' } },
    pieces > 1 ? el('li', { dataset: { warning: 'pieces' } }, t('planner.pieces', { count: pieces })) : null,
    opened ? el('li', { dataset: { warning: 'opened-gaps' } }, t('planner.openedGaps')) : null) : null;
}

/** A radio button of group (tool, mode) for value, checked when it is now's. */
function radio(group, value, now, onChange) {
  const input = el('input', {
    type: 'radio', name: `og-planner-${group}`, value, checked: now === value, dataset: { key: `${group}-${value}` },
  });
  input.addEventListener('change', onChange);
  return el('label', { className: 'og-row' }, input, t(`planner.${group}.${value}`));
}

/** Names of the committee and its posts (the draft's new ones too) by code, for the figures' tables. */
function names(s) {
  return new Map(s.committee ? [[s.committee.code, s.committee.name],
    ...s.committee.posts.map((post) => [post.code, post.name]),
    ...(s.plan?.posts || []).map((post) => [post.code, post.state.name])] : []);
}

function message(m) {
  if (!m) {
    return el('p', { className: 'og-planner-message', role: 'status' });
  }
  const action = m.action ? el('button', { type: 'button', className: 'og-button', dataset: { key: 'message-action' } },
    m.action.label) : null;
  action?.addEventListener('click', m.action.run);
  return el('div', {
    className: `og-planner-message og-message-${m.kind}`, role: m.kind === 'error' ? 'alert' : 'status',
    'data-stale': m.stale ? 'true' : null,
  }, el('p', {}, m.text), action);
}
