// Planner mode's posts (定岗、定人、定时、定责): create a post at a place of the committee (at its
// largest blind spot in one click), move it (drag its pin, or click where it goes), rename or retire
// it, set its duties, its leader and members from the committee's register, and its week. Every
// change goes into the chosen draft plan, whose before → after comparison (and flags) is the
// preview, and is published with it. The posts shown are the published ones as the plan
// changes them, and the plan's new ones. Loaded the first time a planner turns to posts.
import './messages.js';
import { collections, items } from '../api.js';
import { t } from '../i18n.js';
import { problemText } from '../planner/problemText.js';
import {
  changePost, createPost, dutyTypes, planPost, postHistory, postVersion, register, revertPost, setPeople, setSlots,
  unstagePost,
} from './postApi.js';
import { PostPins } from './PostPins.js';
import { postSection } from './postView.js';

const FIRST_DUTY = 'security_fire_patrol'; // a new post patrols, as every post of the town does

export class PostEditor {
  /** planner: the Planner (its state, plan, track, tell); pane: its map pane. */
  constructor(planner, map, pane) {
    this._planner = planner;
    this._map = map;
    this._committee = null;
    this._published = null; // the committee's posts as published, null until they are in
    this.blindSpot = null; // {location: [lng, lat], radius}: where a new post would help most
    this.duties = null; // id → name of the town's duty types
    this.register = null; // the committee's people, null until in (or without a register)
    this.chosen = null;
    this.detail = null; // the chosen post as the plan has it: {code, baseVersion, state: {leader, members, slots, …}}
    this._asked = null; // which plan's post detail is (being) loaded
    this.brush = null; // ids of who serves the slots painted next; null: every member
    this.history = null; // the chosen post's published changes, once asked for
    this.placing = null; // 'new' or 'move' while the next click on the map places a post
    this._pins = new PostPins(map, pane, {
      onChoose: (code) => this.choose(code),
      onMove: (code, location) => this.change(code, { location }),
      onSuggest: () => this.createAtBlindSpot(),
    });
    map.on('click', (event) => {
      if (this.placing && this._pins.shown) {
        this._placed([event.latlng.lng, event.latlng.lat]);
      }
    });
  }

  get ready() {
    return this._published !== null && this.duties !== null;
  }

  /** The committee's posts as the chosen plan has them: {code, name, location, dutyTypes, retired, staged, isNew, version}. */
  get posts() {
    const plan = this._planner.state.plan;
    const staged = new Map((plan?.posts || []).filter((p) => p.committee === this._committee)
      .map((p) => [p.code, p]));
    const shown = (this._published || []).map((p) => (staged.has(p.code) ? planned(staged.get(p.code)) : p));
    staged.forEach((p) => p.baseVersion === 0 && shown.push(planned(p)));
    return shown;
  }

  /** The posts' part of the planner's panel, for its state s; names: code → name. */
  view(s, names) {
    return postSection(this, s, names);
  }

  /** Whether the blind spot is there to suggest: known, and no post of the draft stands on it yet. */
  get suggested() {
    const at = this.blindSpot?.location;
    return Boolean(at) && !this.posts.some((p) => p.location[0] === at[0] && p.location[1] === at[1]);
  }

  get post() {
    return this.posts.find((p) => p.code === this.chosen) ?? null;
  }

  /** Shows the committee's posts (code; null: none chosen) on the map and in the panel. */
  async show(code) {
    this._pins.addTo(this._map);
    if (code === this._committee && this._published) {
      this.redraw();
      return;
    }
    this._committee = code;
    this._published = null;
    this.blindSpot = null;
    this.placing = null;
    if (!code) {
      this.redraw();
      return;
    }
    await this._do(async () => {
      const found = await collections();
      const filter = { committee_code: code };
      const [posts, spots, duties] = await Promise.all([
        items(found.get('duty-posts'), null, { filter }),
        items(found.get('blind-spots'), null, { filter }),
        this.duties ?? dutyTypes(),
      ]);
      if (code !== this._committee) {
        return; // another committee was chosen meanwhile
      }
      this.duties = duties;
      this.register = null; // the new committee's, with the first post's people
      this._published = posts.features.map(published);
      const spot = spots.features.find((f) => f.geometry);
      this.blindSpot = spot ? { location: spot.geometry.coordinates, radius: spot.properties.radius_m } : null;
      if (!this.posts.some((p) => p.code === this.chosen)) {
        this.chosen = this.posts[0]?.code ?? null;
      }
    });
  }

  hide() {
    this.placing = null;
    this._pins.remove();
  }

  /** Draws the pins again from the state (after the plan changed) and lets the panel follow. */
  redraw() {
    if (!this._pins.shown) {
      return; // areas mode: nothing of the posts to show
    }
    const plan = this._planner.state.plan;
    const key = plan && this.chosen ? `${plan.id}/${this.chosen}` : null; // another post or plan: its people and week
    if (key !== this._asked) {
      this._asked = key;
      this.detail = null;
      if (key) {
        this._do(async () => {
          [this.detail, this.register] = await Promise.all([
            planPost(plan.id, this.chosen), this.register ?? register(this._committee)]);
        });
      }
    }
    this._pins.show(this._published ? this.posts : [], this.chosen, this.suggested ? this.blindSpot : null,
      this.placing);
  }

  choose(code) {
    this.chosen = code;
    this.brush = null;
    this.history = null;
    this.place(null);
  }

  /** The next click on the map creates a post there ('new') or moves the chosen one ('move'); null: neither. */
  place(what) {
    this.placing = what;
    this.redraw();
    this._planner.tell(null);
  }

  createAtBlindSpot() {
    return this.create(this.blindSpot.location);
  }

  /** A new post at location [lng, lat], in the committee there, named for the planner to rename. */
  async create(location) {
    const plan = this._plan();
    if (!plan) {
      return;
    }
    this.placing = null;
    await this._do(async () => {
      const duty = this.duties.has(FIRST_DUTY) ? FIRST_DUTY : [...this.duties.keys()][0];
      const created = await createPost(plan.id, { name: t('posts.newName'), location, dutyTypes: [duty] });
      this.chosen = created.code;
      await this._planner.choosePlan(plan.id);
      this._planner.tell({ kind: 'info', text: t('posts.created', { code: created.code.slice(12), plan: plan.name }) });
    });
  }

  /** Puts what patch names ({name}, {location}, {dutyTypes}, {retired}) of a post into the plan. */
  change(code, patch) {
    return this._stage(code, (planId, version) => changePost(planId, code, patch, version));
  }

  /** The post's leader (a member's id, or null) and members (ids). */
  setPeople(code, leader, members) {
    return this._stage(code, (planId, version) => setPeople(planId, code, { leader, members }, version));
  }

  /** The post's whole week: [{weekday, start, end, people}]. */
  setSlots(code, slots) {
    return this._stage(code, (planId, version) => setSlots(planId, code, slots, version));
  }

  /** Who serves the slots painted next (ids). */
  setBrush(ids) {
    this.brush = ids;
    this._planner.tell(null);
  }

  /** write(planId, version) puts a change of the post into the plan and answers the post as it has it. */
  async _stage(code, write) {
    const plan = this._plan();
    const post = this.posts.find((p) => p.code === code);
    if (!plan || !post) {
      this.redraw(); // a dragged pin goes back
      return;
    }
    this.placing = null;
    await this._do(async () => {
      const version = post.staged ? post.version : this.detail?.code === code ? this.detail.baseVersion
        : await postVersion(code);
      this.detail = await write(plan.id, version);
      await this._planner.choosePlan(plan.id);
      this._planner.tell({ kind: 'info', text: t('planner.saved', { plan: plan.name }) });
    }, post.name);
  }

  /** Takes the post's changes out of the plan (a new post is gone). */
  async unstage(code) {
    const plan = this._plan();
    await this._do(async () => {
      await unstagePost(plan.id, code);
      await this._planner.choosePlan(plan.id);
      if (!this.posts.some((p) => p.code === code)) {
        this.chosen = this.posts[0]?.code ?? null;
      }
    });
  }

  /** Shows the chosen post's published changes (new in the draft: none yet). */
  async showHistory() {
    const code = this.chosen;
    if (this.post?.isNew) {
      this.history = [];
      return this._planner.tell(null);
    }
    await this._do(async () => {
      this.history = await postHistory(code);
    });
  }

  /** Asks why a change of the post is reverted (its id; null: asks nothing). */
  ask(id) {
    this._planner.ask(id === null ? null : `post-${id}`);
  }

  /** Reverts a published change of the chosen post, on its version now. */
  async revert(change, reason) {
    await this._do(async () => {
      await revertPost(change.id, reason, await postVersion(change.code));
      this.ask(null);
      this._planner.tell({ kind: 'info', text: t('planner.reverted') });
      this.history = null;
      await this._planner.published();
    }, this.post?.name);
  }

  /** The published posts again, after a publish or a stale change. */
  reload() {
    const code = this._committee;
    this._committee = null;
    return this.show(code);
  }

  _placed(location) {
    if (this.placing === 'new') {
      this.create(location);
    } else {
      this.change(this.chosen, { location });
    }
  }

  _plan() {
    const { plan } = this._planner.state;
    if (!plan) {
      this.placing = null;
      this._planner.tell({ kind: 'error', text: t('planner.choosePlanFirst') });
    }
    return plan;
  }

  /** Runs requests with the panel busy; a refusal becomes its message, in the page's language. */
  _do(work, postName = null) {
    return this._planner.track(async () => {
      try {
        await work();
      } catch (error) {
        this._planner.tell(problemText(error, { postName, reload: () => this.reload() }));
      } finally {
        this.redraw();
      }
    });
  }
}

function published(feature) {
  const p = feature.properties;
  return {
    code: feature.id, name: p.name, location: feature.geometry.coordinates, dutyTypes: p.duty_types,
    retired: false, staged: false, isNew: false,
  };
}

function planned({ code, baseVersion, state }) {
  return {
    code, name: state.name, location: state.location, dutyTypes: state.dutyTypes, retired: state.retired,
    staged: true, isNew: baseVersion === 0, version: baseVersion,
  };
}
