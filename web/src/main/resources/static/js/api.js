// The one module that talks to the server. Feature data is found by following links from
// /collections (OGC API - Features); the map's own resources (config, summary, cards, search)
// are fixed paths next to the page. Every request says the page's language, so what the server
// writes for people (a refusal's detail, what cleaning changed) comes in it.
import { language } from './i18n.js';

const REL_ITEMS = 'items';
const REL_NEXT = 'next';
const REL_ENCLOSURE = 'enclosure';
const GEOJSON = 'application/geo+json';
const PAGE_LIMIT = 10000; // the server's maximum page size
const CARD_PATHS = {
  committee: 'committees', grid: 'grids', post: 'posts', compound: 'compounds',
};

/**
 * A failed request: status (0 when the server was not reached), the problem's detail, and the
 * problem document itself (its reason, currentVersion, …) when the server sent one.
 */
export class ApiError extends Error {
  constructor(status, message, problem = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

let collectionsPromise = null;

function resolve(path) {
  return new URL(path, document.baseURI);
}

async function getJson(url, { signal, accept = 'application/json' } = {}) {
  const response = await request(url, { headers: { Accept: accept }, signal });
  return response.json();
}

/** fetch in the page's language, with every failure (unreachable, or not 2xx) as an ApiError. */
async function request(url, init) {
  let response;
  try {
    response = await fetch(url, { ...init, headers: { ...init.headers, 'Accept-Language': language() } });
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, error.message);
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    let problem = null;
    try {
      problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      // not a problem document; keep the status line
    }
    const error = new ApiError(response.status, detail, problem);
    error.retryAfter = response.headers.get('Retry-After');
    throw error;
  }
  return response;
}

function link(links, rel, type) {
  return (links || []).find((l) => l.rel === rel && (!type || l.type === type));
}

/** The feature collections, by id: GET /collections, asked once. */
export function collections() {
  if (!collectionsPromise) {
    collectionsPromise = getJson(resolve('collections'))
      .then((doc) => new Map(doc.collections.map((c) => [c.id, c])))
      .catch((error) => {
        collectionsPromise = null; // let a later call try again
        throw error;
      });
  }
  return collectionsPromise;
}

/**
 * Every feature of a collection in bbox [west, south, east, north] (CRS84; null: all), following the items
 * link and then "next" pages, as one GeoJSON FeatureCollection. With limit, only the first
 * limit features, and `more` says whether there were others.
 */
export async function items(collection, bbox, { signal, limit = null, filter = {} } = {}) {
  const start = link(collection.links, REL_ITEMS, GEOJSON);
  if (!start) {
    throw new ApiError(0, `Collection ${collection.id} has no GeoJSON items link`);
  }
  const url = new URL(start.href, document.baseURI);
  if (bbox) {
    url.searchParams.set('bbox', bbox.map((v) => v.toFixed(6)).join(','));
  }
  url.searchParams.set('limit', String(limit ?? PAGE_LIMIT));
  Object.entries(filter).forEach(([name, value]) => url.searchParams.set(name, value));
  const features = [];
  let next = url;
  while (next) {
    const page = await getJson(next, { signal, accept: GEOJSON });
    features.push(...page.features);
    const more = link(page.links, REL_NEXT);
    next = more ? new URL(more.href, document.baseURI) : null;
    if (limit !== null) {
      return { type: 'FeatureCollection', features, more: Boolean(more) };
    }
  }
  return { type: 'FeatureCollection', features, more: false };
}

/**
 * What a collection can be downloaded as: its enclosure links, each {format, type, href}; the
 * format is the link's f.
 */
export function downloads(collection) {
  return (collection.links || [])
    .filter((l) => l.rel === REL_ENCLOSURE)
    .map((l) => {
      const url = new URL(l.href, document.baseURI);
      return { format: url.searchParams.get('f'), type: l.type, href: url.href };
    });
}

/** A download's address in EPSG:crs; a shapefile's with its character set too. */
export function downloadUrl(download, crs, encoding = null) {
  const url = new URL(download.href);
  url.searchParams.set('crs', String(crs));
  if (encoding && download.format === 'shp') {
    url.searchParams.set('encoding', encoding);
  }
  return url.href;
}

/** The whole town (every layer and the rosters) as one GeoPackage in EPSG:crs. */
export function townDownloadUrl(crs) {
  const url = resolve('export');
  url.searchParams.set('crs', String(crs));
  return url.href;
}

/** The page's settings (base maps, the CRS downloads come in); GET /config. */
export function config() {
  return getJson(resolve('config'));
}

/** The town's headline numbers and indicators; GET /summary. */
export function summary() {
  return getJson(resolve('summary'));
}

/** The card of a committee, grid, post or residential compound (kind), by code. */
export function card(kind, code, { signal } = {}) {
  const path = CARD_PATHS[kind];
  if (!path) {
    return Promise.reject(new ApiError(0, `No card for ${kind}`));
  }
  return getJson(resolve(`cards/${path}/${encodeURIComponent(code)}`), { signal });
}

/** Committees, grids and posts matching text (a name fragment or code prefix). */
export async function search(text, limit, { signal } = {}) {
  const url = resolve('search');
  url.searchParams.set('q', text);
  url.searchParams.set('limit', String(limit));
  const doc = await getJson(url, { signal });
  return doc.results;
}

/** Another resource next to the page, as JSON (for the parts loaded later). */
export function read(path) {
  return getJson(resolve(path));
}

/** A binary resource next to the page (a vector tile), or null when the server has none (204). */
export async function readBytes(path) {
  const response = await request(resolve(path), { headers: {} });
  return response.status === 204 ? null : response.arrayBuffer();
}

// Planner mode: editing areas in draft plans. Reads use getJson; every write goes through send().

/**
 * The one way the page changes anything on the server: method, path (next to the page), JSON
 * body, and If-Match with a version the writer saw. Resolves to the response's JSON (null when it
 * has none). The session's CSRF token goes with it: the server refuses changes without. Each call
 * is one logical write with its own Idempotency-Key: when the connection is lost or the server
 * answers 503, it is sent again with the same key, so it is applied once and its first answer is
 * what comes back. When every retry fails, the error says whether the write may have been applied
 * (unknownOutcome: the connection was lost) or was not (503).
 */
export async function send(method, path, body = null, { ifMatch = null, key = newKey() } = {}) {
  const { csrfHeader, csrfToken } = await account();
  const headers = { Accept: 'application/json', [csrfHeader]: csrfToken, 'Idempotency-Key': key };
  if (body !== null) {
    headers['Content-Type'] = 'application/json';
  }
  if (ifMatch !== null) {
    headers['If-Match'] = `"v${ifMatch}"`;
  }
  const init = {
    method, headers, body: body === null ? undefined : JSON.stringify(body), credentials: 'same-origin',
  };
  let lost = false;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await request(resolve(path), init);
      return response.status === 204 ? null : response.json().catch(() => null);
    } catch (error) {
      // A 503 with Retry-After is the database away for a moment (a busy drawing cleaner has none).
      const retryable = error instanceof ApiError
        && (error.status === 0 || (error.status === 503 && error.retryAfter !== null));
      lost = lost || (error instanceof ApiError && error.status === 0);
      if (!retryable || attempt >= RETRY_DELAYS_MS.length) {
        if (retryable) {
          error.unknownOutcome = lost;
        }
        throw error;
      }
      await new Promise((done) => setTimeout(done, RETRY_DELAYS_MS[attempt]));
    }
  }
}

/** Waits between the tries of one write after a lost connection or a 503: about half a minute. */
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];

function newKey() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  // Plain HTTP off localhost has no randomUUID; 128 random bits do as well.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const enc = encodeURIComponent;
const itemPath = (collection, code) => `collections/${enc(collection)}/items/${enc(code)}`;

/** An editable item's area now: {id, collection, version, geometry}. */
export function editable(collection, code) {
  return getJson(resolve(`${itemPath(collection, code)}/edit`));
}

/** A post's area painted from micro-grids: the Preview {geometry, cleanings, effects, version}. */
export function previewPaint(postCode, microGrids) {
  return send('POST', `${itemPath('duty-post-areas', postCode)}/edit/paint`, { microGrids });
}

/** A drawn geometry as cleaning would store it, and its effect: the Preview. */
export function previewDrawing(collection, code, geometry) {
  return send('POST', `${itemPath(collection, code)}/edit/preview`, { type: 'Feature', geometry });
}

export async function drafts() {
  return (await getJson(resolve('plans'))).plans;
}

export function createPlan(name) {
  return send('POST', 'plans', { name });
}

/** A plan with its changes and each touched committee as published and as planned. */
export function plan(id) {
  return getJson(resolve(`plans/${id}`));
}

/** Stages an area in a plan; version: the one the planner started from (412 when stale). */
export function stage(planId, collection, code, geometry, version) {
  return send('PUT', `plans/${planId}/changes/${enc(collection)}/${enc(code)}`,
    { type: 'Feature', geometry }, { ifMatch: version });
}

export function unstage(planId, collection, code) {
  return send('DELETE', `plans/${planId}/changes/${enc(collection)}/${enc(code)}`);
}

export function publish(planId, reason) {
  return send('POST', `plans/${planId}/publish`, { reason });
}

export function discard(planId) {
  return send('DELETE', `plans/${planId}`);
}

/** Lets another planner see and change the draft (its author only). */
export function share(planId, username) {
  return send('POST', `plans/${planId}/shares`, { username });
}

export function unshare(planId, username) {
  return send('DELETE', `plans/${planId}/shares/${enc(username)}`);
}

/** The item's published changes, newest first as the server lists them. */
export async function history(collection, code) {
  return (await getJson(resolve(`${itemPath(collection, code)}/history`))).changes;
}

/** Reverts a change (itself a new change); version: the item's current one. */
export function revert(changeId, reason, version) {
  return send('POST', `changes/${changeId}/revert?change_reason=${enc(reason)}`, null,
    { ifMatch: version });
}

let accountPromise = null;

/**
 * The signed-in account: {username, displayName, role, committees, csrfHeader, csrfToken}; asked
 * once per page (its CSRF token lasts as long as the session).
 */
export function account() {
  if (!accountPromise) {
    accountPromise = getJson(resolve('account')).catch((error) => {
      accountPromise = null; // let a later call try again
      throw error;
    });
  }
  return accountPromise;
}

/** Ends the session (POST /logout with the account's CSRF token). */
export function signOut(me) {
  return fetch(resolve('logout'), {
    method: 'POST', headers: { [me.csrfHeader]: me.csrfToken }, redirect: 'manual',
  });
}
