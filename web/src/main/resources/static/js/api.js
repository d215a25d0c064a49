// The one module that talks to the server. Feature data is found by following links from
// /collections (OGC API - Features); the map's own resources (config, summary, cards, search)
// are fixed paths next to the page.

const REL_ITEMS = 'items';
const REL_NEXT = 'next';
const REL_TILESETS = 'http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector';
const GEOJSON = 'application/geo+json';
const PAGE_LIMIT = 10000; // the server's maximum page size
const CARD_PATHS = { committee: 'committees', grid: 'grids', post: 'posts' };

/** A failed request: status (0 when the server was not reached) and the problem's detail. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

let collectionsPromise = null;

function resolve(path) {
  return new URL(path, document.baseURI);
}

async function getJson(url, { signal, accept = 'application/json' } = {}) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: accept }, signal });
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, error.message);
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      // not a problem document; keep the status line
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
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
export async function items(collection, bbox, { signal, limit = null } = {}) {
  const start = link(collection.links, REL_ITEMS, GEOJSON);
  if (!start) {
    throw new ApiError(0, `Collection ${collection.id} has no GeoJSON items link`);
  }
  const url = new URL(start.href, document.baseURI);
  if (bbox) {
    url.searchParams.set('bbox', bbox.map((v) => v.toFixed(6)).join(','));
  }
  url.searchParams.set('limit', String(limit ?? PAGE_LIMIT));
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

/** The collection's TileJSON (its minzoom decides when the map asks for its features). */
export async function tileJson(collection, { signal } = {}) {
  const tilesets = link(collection.links, REL_TILESETS);
  if (!tilesets) {
    throw new ApiError(0, `Collection ${collection.id} has no vector tiles`);
  }
  const list = await getJson(new URL(tilesets.href, document.baseURI), { signal });
  const tileset = list.tilesets.find((ts) => /WebMercatorQuad$/.test(ts.tileMatrixSetURI));
  const self = tileset && link(tileset.links, 'self', 'application/json');
  if (!self) {
    throw new ApiError(0, `Collection ${collection.id} has no WebMercatorQuad TileJSON`);
  }
  return getJson(new URL(self.href, document.baseURI), { signal });
}

/** The page's settings (base maps); GET /config. */
export function config() {
  return getJson(resolve('config'));
}

/** The town's headline numbers and indicators; GET /summary. */
export function summary() {
  return getJson(resolve('summary'));
}

/** The card of a committee, grid or post (kind), by code. */
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

/** The signed-in account: {username, displayName, role, committees, csrfHeader, csrfToken}. */
export function account() {
  return getJson(resolve('account'));
}

/** Ends the session (POST /logout with the account's CSRF token). */
export function signOut(me) {
  return fetch(resolve('logout'), {
    method: 'POST', headers: { [me.csrfHeader]: me.csrfToken }, redirect: 'manual',
  });
}
