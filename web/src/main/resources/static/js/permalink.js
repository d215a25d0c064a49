// The view in the URL's hash: #zoom/lat/lng, and the open card's feature after it:
// #15/31.2550/121.3050/committees/310114118009. Restoring the hash restores exactly that view.

// A collection id as the catalogue writes them; which of them have cards is the catalogue's to say.
const COLLECTION = /^[a-z][a-z0-9-]{0,39}$/;

/** The hash for a view {zoom, lat, lng} and an optional feature {collection, code}. */
export function formatHash({ zoom, lat, lng }, feature = null) {
  const z = Math.round(zoom * 100) / 100;
  // As OpenStreetMap does: enough decimals for a pixel at this zoom.
  const digits = Math.max(0, Math.ceil(Math.log(Math.max(z, 1)) / Math.LN2));
  const parts = [z, lat.toFixed(digits), lng.toFixed(digits)];
  if (feature) {
    parts.push(feature.collection, encodeURIComponent(feature.code));
  }
  return `#${parts.join('/')}`;
}

/** {view: {zoom, lat, lng}, feature: {collection, code}|null} from a hash, or null if none. */
export function parseHash(hash) {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length < 3) {
    return null;
  }
  const [zoom, lat, lng] = parts.slice(0, 3).map(Number);
  const valid = [zoom, lat, lng].every(Number.isFinite) && zoom >= 0 && zoom <= 24
    && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  if (!valid) {
    return null;
  }
  let feature = null;
  if (parts.length >= 5 && COLLECTION.test(parts[3]) && parts[4]) {
    feature = { collection: parts[3], code: safeDecode(parts[4]) };
  }
  return { view: { zoom, lat, lng }, feature };
}

/** Whether a parsed hash already says this view and feature (then a pasted link stays as is). */
export function sameState(state, view, feature) {
  const close = (a, b) => Math.abs(a - b) < 1e-7;
  return !!state && state.view.zoom === view.zoom && close(state.view.lat, view.lat)
    && close(state.view.lng, view.lng)
    && (state.feature?.collection ?? null) === (feature?.collection ?? null)
    && (state.feature?.code ?? null) === (feature?.code ?? null);
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
