// Moving the map around the card: fitting a feature into the part of the map the card leaves
// free (beside it on a wide screen, above it as a bottom sheet on a phone).
import { latLngBounds } from './leaflet.js';

const PADDING = 24; // pixels kept free around a fitted feature
const FIT_MAX_ZOOM = 17;

/** Zooms to bbox [west, south, east, north], clear of cover (the open card's element, or null). */
export function fitBbox(map, [west, south, east, north], cover) {
  fitBounds(map, latLngBounds([south, west], [north, east]), cover);
}

/** Zooms to Leaflet bounds, clear of cover. */
export function fitBounds(map, bounds, cover) {
  const free = freeArea(map, cover);
  const box = map.getContainer().getBoundingClientRect();
  map.fitBounds(bounds, {
    maxZoom: FIT_MAX_ZOOM,
    paddingTopLeft: [PADDING, PADDING],
    paddingBottomRight: [box.width - free.width + PADDING, box.height - free.height + PADDING],
  });
}

/** Pans the map when latlng (a clicked place) ended up under cover. */
export function keepClear(map, latlng, cover) {
  const free = freeArea(map, cover);
  const point = map.latLngToContainerPoint(latlng);
  if (point.y > free.height - PADDING) {
    map.panBy([0, point.y - free.height / 2]);
  } else if (point.x > free.width - PADDING) {
    map.panBy([point.x - free.width / 2, 0]);
  }
}

/** Shows the whole of a collection's extent (from /collections), without animation, clear of the panels. */
export function fitExtent(map, collection) {
  const bbox = collection?.extent?.spatial?.bbox?.[0];
  if (bbox && bbox.length === 4) {
    map.fitBounds(latLngBounds([bbox[1], bbox[0]], [bbox[3], bbox[2]]),
      { animate: false, ...panelPadding(map) });
  }
}

/**
 * Fit padding that keeps clear of the panels: on a wide screen of those at the sides (the
 * layers and the legend on the right, the summary, still loading counted at its widest, on the
 * left; not the scale and the note low on the left), on a phone of those at the top and bottom.
 */
function panelPadding(map) {
  const box = map.getContainer().getBoundingClientRect();
  const edge = { left: 0, right: 0, top: 0, bottom: 0 };
  for (const panel of map.getContainer().querySelectorAll('.leaflet-control')) {
    const r = panel.getBoundingClientRect();
    const upper = Boolean(panel.closest('.leaflet-top'));
    if (r.left - box.left >= box.width / 2) {
      edge.right = Math.max(edge.right, box.right - r.left);
    } else if (upper) {
      const width = Math.max(r.width, parseFloat(getComputedStyle(panel).maxWidth) || 0);
      edge.left = Math.max(edge.left, r.left - box.left + width);
    }
    if (upper) {
      edge.top = Math.max(edge.top, r.bottom - box.top);
    } else {
      edge.bottom = Math.max(edge.bottom, box.bottom - r.top);
    }
  }
  return box.width > 640
    ? { paddingTopLeft: [edge.left + PADDING, PADDING], paddingBottomRight: [edge.right + PADDING, PADDING] }
    : { paddingTopLeft: [PADDING, edge.top + PADDING], paddingBottomRight: [PADDING, edge.bottom + PADDING] };
}

/** The map's size left of or above cover: {width, height} in pixels from the top left. */
function freeArea(map, cover) {
  const box = map.getContainer().getBoundingClientRect();
  if (!cover || cover.hidden) {
    return { width: box.width, height: box.height };
  }
  const card = cover.getBoundingClientRect();
  const isSheet = card.left <= box.left + 1;
  return isSheet
    ? { width: box.width, height: Math.max(card.top - box.top, 0) }
    : { width: Math.max(card.left - box.left, 0), height: box.height };
}
