// Planner mode: redraw a duty post's area, by painting micro-grids or by drawing, see the effect
// on its committee before anything is stored, save it to a named draft plan, publish the plan
// (with a reason) or discard it, and revert published changes or whole plans. Owns the
// state; PlannerPanel shows it, PaintLayer and DrawTool are its hands on the map. In its posts
// mode, ../posts/PostEditor (loaded then) changes the posts themselves, into the same draft plans.
import './messages.js';
import { geoJSON } from '../leaflet.js';
import * as api from '../api.js';
import { t } from '../i18n.js';
import { POST_COLORS } from '../palette.js';
import { DrawTool } from './DrawTool.js';
import { PaintHistory } from './PaintHistory.js';
import { PaintLayer } from './PaintLayer.js';
import { PlannerOverlay } from './PlannerOverlay.js';
import { PlannerPanel } from './PlannerPanel.js';
import { analysisCaughtUp } from './analysisCaughtUp.js';
import { paintedBy } from './paintedBy.js';
import { problemText } from './problemText.js';

const PANE = 'og-planner';
const POSTS = 'duty-post-areas';
const EMPTY = {
  committee: null, post: null, version: null, grids: [], painted: new Set(), preview: null,
  history: null, asking: null,
};

export class Planner {
  /**
   * map: the Leaflet map; element: the panel's empty <aside>; microGrids: that collection from
   * /collections; onPublished(): the published map changed (reload layers and summary).
   */
  constructor({ map, element, microGrids, onPublished }) {
    this._map = map;
    this._microGrids = microGrids;
    this._onPublished = onPublished;
    this._state = {
      ...EMPTY, tool: 'paint', mode: 'areas', plans: [], plan: null, publishedPlans: null, message: null,
    };
    this._posts = null; // the posts' editor, once posts mode was first opened
    this._paints = new PaintHistory();
    this._seq = 0; // the latest preview asked for; older answers are dropped
    this._drawn = null; // the last drawing, as the planner drew it
    this._pending = 0; // requests in flight: the panel is aria-busy while there are any
    map.createPane(PANE).classList.add('og-planner-pane');
    this._paint = new PaintLayer({ pane: PANE, onStroke: (codes, paint) => this.stroke(codes, paint) });
    this._overlay = new PlannerOverlay(map, PANE);
    this._draw = new DrawTool(map, {
      pane: PANE, onDrawn: (geometry) => this._previewDrawing(geometry), onChange: () => this._render(),
    });
    this._panel = new PlannerPanel(element, this);
    document.addEventListener('keydown', (event) => this._key(event));
  }

  get isOpen() {
    return this._panel.isOpen;
  }

  get state() {
    return this._state;
  }

  get drawTool() {
    return this._draw;
  }

  /** Opens planner mode, on the committee with this code when given. */
  open(committeeCode = null) {
    this._panel.show(true);
    this._overlay.addTo(this._map);
    this.setMode(this._state.mode);
    this.loadPlans();
    if (committeeCode) {
      this.chooseCommittee(committeeCode);
    }
    this._render();
  }

  close() {
    this._panel.show(false);
    this._draw.clear();
    this._paint.remove();
    this._overlay.remove();
    this._posts?.hide();
  }

  /** 'areas' (paint or draw a post's area) or 'posts' (the posts themselves: ../posts). */
  async setMode(mode) {
    this._set({ mode });
    if (mode === 'areas') {
      this._posts?.hide();
      this.setTool(this._state.tool);
      if (this._state.committee?.posts.length) { // its outline again, as published
        await this.choosePost(this._state.post ?? this._state.committee.posts[0].code);
      }
      return;
    }
    this._draw.clear();
    this._paint.remove();
    this._overlay.showOutline(null);
    await this._try(async () => {
      if (!this._posts) { // its code and messages load the first time
        const { PostEditor } = await import('../posts/PostEditor.js');
        this._posts = new PostEditor(this, this._map, PANE);
      }
      await this._posts.show(this._state.committee?.code);
    });
  }

  /** The posts' editor while posts mode is on, else null. */
  get posts() {
    return this._state.mode === 'posts' ? this._posts : null;
  }

  /** Whether the next click on the map places a post (the map then opens no card). */
  get placing() {
    return Boolean(this.posts?.placing);
  }

  /** Runs work with the panel busy until it is done, then shows what it did (for the parts loaded later). */
  async track(work) {
    try {
      return await this._tracked(work);
    } finally {
      this._render();
    }
  }

  /** Shows a message {kind, text} in the panel (null: none). */
  tell(message) {
    this._set({ message });
  }

  async chooseCommittee(code) {
    if (!this.isOpen || this._state.committee?.code === code) {
      return;
    }
    this._draw.clear();
    this._set({ ...EMPTY, message: null });
    await this._try(async () => {
      const [card, grids] = await Promise.all([api.card('committee', code),
        api.items(this._microGrids, null, { filter: { committee_code: code } })]);
      this._paint.setGrids(grids);
      if (grids.features.length > 0) {
        this._overlay.reveal(geoJSON(grids).getBounds(), this._panel.element,
          document.getElementById('card'));
      }
      this._set({
        committee: { code, name: card.name, posts: card.posts || [] },
        grids: grids.features.map((f) => ({ code: f.id, name: f.properties.name, geometry: f.geometry })),
      });
      if (this.posts) {
        await this.posts.show(code);
      } else if (card.posts?.length > 0) {
        await this.choosePost(card.posts[0].code);
      }
    });
  }

  /** Starts editing a post's area afresh, from its published version. */
  async choosePost(code) {
    this._draw.clear();
    this._set({ post: code, version: null, preview: null, history: null, asking: null });
    await this._try(async () => {
      const area = await api.editable(POSTS, code);
      // A post the chosen draft already changes is edited on from that change, on its version.
      const staged = this._state.plan?.changes.find((c) => c.collection === POSTS && c.code === code);
      const start = staged ? staged.geometry : area.geometry;
      const painted = paintedBy(this._state.grids, start);
      this._paints = new PaintHistory(painted);
      this._set({ version: staged ? staged.baseVersion : area.version, current: area.geometry, painted });
      this._showPaint();
      this._overlay.showOutline(area.geometry);
      if (this._state.tool === 'draw') {
        await this._draw.show(start);
      }
      if (staged) {
        this._preview(() => api.previewDrawing(POSTS, code, staged.geometry));
      }
      this._set({ history: await api.history(POSTS, code) });
    });
  }

  /** Drops the edit and starts again from the post's published area (after a stale save). */
  reload() {
    this._set({ message: null });
    return this.choosePost(this._state.post);
  }

  get postColor() {
    const i = (this._state.committee?.posts || []).findIndex((p) => p.code === this._state.post);
    return POST_COLORS[Math.max(i, 0) % POST_COLORS.length];
  }

  setTool(tool) {
    this._set({ tool });
    if (tool === 'paint') {
      this._draw.clear();
      this._paint.addTo(this._map);
    } else {
      this._paint.remove();
      this._tracked(() => this._draw.show(this._state.preview?.geometry ?? this._state.current ?? null));
    }
  }

  /** Paints (or wipes) micro-grids: one undoable step. */
  stroke(codes, paint) {
    if (this._state.version === null) {
      return; // the post's area has not arrived yet
    }
    this._repaint(this._paints.apply(codes, paint));
  }

  undo() {
    this._repaint(this._paints.undo());
  }

  redo() {
    this._repaint(this._paints.redo());
  }

  get canUndo() {
    return this._paints.canUndo;
  }

  get canRedo() {
    return this._paints.canRedo;
  }

  _repaint(painted) {
    this._set({ painted, message: null });
    this._showPaint();
    this._preview(() => api.previewPaint(this._state.post, [...painted]));
  }

  _previewDrawing(geometry) {
    this._drawn = geometry; // shown thin beside what cleaning made of it
    this._preview(() => api.previewDrawing(POSTS, this._state.post, geometry));
  }

  /** Asks for a preview (busy: the shown one is dimmed until it comes); older answers are dropped. */
  _preview(ask) {
    const seq = ++this._seq;
    this._set({ busy: true });
    return this._tracked(async () => {
      try {
        const preview = await ask();
        if (seq === this._seq) {
          this._set({ preview, message: null });
          this._overlay.showOutline(this._state.current, preview,
            this._state.tool === 'draw' ? this._drawn : null);
          if (this._state.tool === 'draw') {
            await this._draw.show(preview.geometry);
          }
        }
      } catch (error) {
        if (seq === this._seq) {
          this._set({ preview: null, message: this._problem(error) });
          this._overlay.showOutline(this._state.current);
        }
      } finally {
        if (seq === this._seq) {
          this._set({ busy: false });
        }
      }
    });
  }

  /** Starts a new drawing (leaflet-draw loads the first time). */
  startDrawing() {
    return this._tracked(() => this._draw.start());
  }

  /** Saves the previewed area to the chosen plan, on the version the planner started from. */
  async save() {
    const { plan, post, preview, version } = this._state;
    if (!plan) {
      this._set({ message: { kind: 'error', text: t('planner.choosePlanFirst') } });
      return;
    }
    await this._try(async () => {
      await api.stage(plan.id, POSTS, post, preview.geometry, version);
      this._set({ message: { kind: 'info', text: t('planner.saved', { plan: plan.name }) } });
      await this.choosePlan(plan.id);
    });
  }

  /** The drafts to choose from, and the published plans that may be reverted as a whole. */
  async loadPlans() {
    await this._try(async () => {
      const [plans, published] = await Promise.all([api.drafts(), api.read('plans?state=published')]);
      this._set({ plans, publishedPlans: published.plans });
    });
  }

  async choosePlan(id) {
    if (!id) {
      this._set({ plan: null });
      this._overlay.showPlanned([]);
      this._posts?.redraw();
      return;
    }
    await this._try(async () => {
      const plan = await api.plan(id);
      this._set({ plan });
      this._overlay.showPlanned(plan.changes);
      this._posts?.redraw();
    });
  }

  async createPlan(name) {
    await this._try(async () => {
      const created = await api.createPlan(name);
      await this.loadPlans();
      await this.choosePlan(created.id);
    });
  }

  async publish(reason) {
    const { plan } = this._state;
    await this._try(async () => {
      const result = await api.publish(plan.id, reason);
      this._set({ asking: null, message: {
        kind: 'info', text: t('planner.published', { count: result.published.length }),
      } });
      await this._afterPublish();
    });
  }

  async discard() {
    await this._try(async () => {
      await api.discard(this._state.plan.id);
      this._set({ message: { kind: 'info', text: t('planner.discarded') } });
      await this.choosePlan(null);
      await this.loadPlans();
    });
  }

  /** Shares the chosen draft with another planner (add) or stops sharing it. */
  async share(username, add = true) {
    const { plan } = this._state;
    await this._try(async () => {
      await (add ? api.share(plan.id, username) : api.unshare(plan.id, username));
      await this.choosePlan(plan.id);
    });
  }

  /** Reverts a published change (itself a new change), on the post's version now. */
  async revert(change, reason) {
    await this._try(async () => {
      const now = await api.editable(change.collection, change.code);
      await api.revert(change.id, reason, now.version);
      this._set({ asking: null, message: { kind: 'info', text: t('planner.reverted') } });
      await this._afterPublish();
    });
  }

  /** Reverts a published plan as a whole; a refusal in the server's words, the list read again. */
  async revertPlan(plan, reason) {
    await this._tracked(async () => {
      try {
        const { reverted } = await api.send('POST', `plans/${plan.id}/revert`, { reason });
        this._set({ asking: null, message: { kind: 'info', text: t('published.done', { count: reverted.length }) } });
        await this._afterPublish();
      } catch (error) { // 409: reverted already or changed since, so the map is read again too
        this._set({ asking: null, message: error.status === 409 ? { kind: 'error', text: error.message }
          : this._problem(error) });
        await (error.status === 409 ? this._afterPublish() : this.loadPlans());
      }
    });
  }

  /** The published map changed (a post's change reverted): everything shown anew. */
  published() {
    return this._afterPublish();
  }

  async _afterPublish() {
    await this.choosePlan(null);
    await this.loadPlans();
    this._onPublished();
    // And once more when the analysis has caught up: the new figures instead of "recomputing".
    analysisCaughtUp().then((done) => done && this._onPublished());
    await this.posts?.reload();
    if (this._state.post) {
      await this.choosePost(this._state.post);
    }
  }

  /**
   * Asks why before publishing ('publish'), reverting a change (its id) or a whole plan
   * ('revert-plan-<id>'); null: asks nothing.
   */
  ask(what) {
    this._set({ asking: what });
  }

  zoomTo([lng, lat]) {
    this._map.setView([lat, lng], Math.max(this._map.getZoom(), 18));
  }

  _showPaint() {
    this._paint.setPainted(this._state.painted, this.postColor);
  }

  /** Runs a request, turning its failure into the panel's message. */
  _try(work) {
    return this._tracked(async () => {
      try {
        await work();
      } catch (error) {
        this._set({ message: this._problem(error) });
      }
    });
  }

  /**
   * Runs work that changes the panel later (requests, loading leaflet-draw), the panel aria-busy
   * until all such work is done: then it stays as it is until the planner acts again.
   */
  async _tracked(work) {
    this._pending += 1;
    this._panel.setBusy(true);
    try {
      return await work();
    } finally {
      this._pending -= 1;
      this._panel.setBusy(this._pending > 0);
    }
  }

  _problem(error) {
    return problemText(error, { postName: this._postName(), reload: () => this.reload() });
  }

  _postName() {
    return this._state.committee?.posts.find((p) => p.code === this._state.post)?.name ?? this._state.post;
  }

  _key(event) {
    if (!this.isOpen || this._state.tool !== 'paint' || this.posts || !(event.ctrlKey || event.metaKey)
      || event.target.matches?.('input[type=text], textarea')) {
      return;
    }
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) {
        this.redo();
      } else {
        this.undo();
      }
    }
  }

  _set(patch) {
    Object.assign(this._state, patch);
    this._render();
  }

  _render() {
    this._panel.render();
  }
}
