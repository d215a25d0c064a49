// The post endpoints planner mode's posts use, on api.js's read and send: the town's duty types,
// posts proposed in a draft plan (created, changed, taken out) and a post's version now.
import { editable, read, send } from '../api.js';

const enc = encodeURIComponent;

/** Id → name (Chinese, then English) of every duty a post can have. */
export async function dutyTypes() {
  return new Map(Object.entries((await read('duty-types')).dutyTypes));
}

/** A new post {name, location: [lng, lat], dutyTypes} in the plan: the PostJson, its code new. */
export function createPost(planId, post) {
  return send('POST', `plans/${planId}/posts`, post);
}

/** Changes what patch names of a post in the plan; version: the one it was changed from. */
export function changePost(planId, code, patch, version) {
  return send('PUT', `plans/${planId}/posts/${enc(code)}`, patch, { ifMatch: version });
}

/** Takes the post out of the plan (a post new in it is gone). */
export function unstagePost(planId, code) {
  return send('DELETE', `plans/${planId}/posts/${enc(code)}`);
}

/** The published post's version (its area's: one row). */
export async function postVersion(code) {
  return (await editable('duty-post-areas', code)).version;
}

/** The committee's register of people: [{id, name, phone, kind, registered, posts, slots, …}]. */
export async function register(committee) {
  return (await read(`committees/${enc(committee)}/people`)).people;
}

/** The post as the plan has it (as published when the plan leaves it alone), with its people and week. */
export function planPost(planId, code) {
  return read(`plans/${planId}/posts/${enc(code)}`);
}

/** The post's leader (a member's id, or null) and members (ids) in the plan. */
export function setPeople(planId, code, people, version) {
  return send('PUT', `plans/${planId}/posts/${enc(code)}/people`, people, { ifMatch: version });
}

/** The post's whole week in the plan: [{weekday, start, end, people}]. */
export function setSlots(planId, code, slots, version) {
  return send('PUT', `plans/${planId}/posts/${enc(code)}/slots`, { slots }, { ifMatch: version });
}

/** The post's published changes, newest first. */
export async function postHistory(code) {
  return (await read(`posts/${enc(code)}/history`)).changes;
}

/** Reverts a published change of a post (itself a new change); version: the post's now. */
export function revertPost(changeId, reason, version) {
  return send('POST', `post-changes/${changeId}/revert?change_reason=${enc(reason)}`, null, { ifMatch: version });
}
