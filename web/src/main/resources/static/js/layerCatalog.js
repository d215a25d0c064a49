// The map's feature layers: which collection, which card a click opens, from which zoom level the
// layer is asked for (until the collection's TileJSON says otherwise), and whether it starts on.
// Listed in the panel's order; drawn in drawOrder (higher on top, so the smaller features win a
// click). A click opens the card of collection `opens` (the layer's own unless given) with code
// codeOf(feature) (the feature's id unless given); tooltip(feature) is the hover text (its name).
import { analysisTooltip } from './analysisText.js';

/** An analysis layer: a click opens the committee's card, which has its figures. */
function analysisLayer(id, drawOrder, options = {}) {
  return {
    id, card: 'committee', opens: 'committees', minZoom: 10, drawOrder, on: false,
    codeOf: (feature) => feature.properties.committee_code,
    tooltip: (feature) => analysisTooltip(id, feature.properties),
    ...options,
  };
}

/** A finding's committee: the one it is in, or the committee a town-wide finding is about. */
function findingCommittee(feature) {
  const { committee_code: code, scope, feature_ids: ids } = feature.properties;
  return code ?? (scope === 'committees' ? ids?.[0] : null) ?? null;
}

export const OVERLAYS = Object.freeze([
  { id: 'towns', card: null, minZoom: 6, drawOrder: 10, on: true },
  { id: 'committees', card: 'committee', minZoom: 8, drawOrder: 1, on: true, labels: 13 },
  { id: 'comprehensive-grids', card: 'grid', minZoom: 11, drawOrder: 2, on: true },
  { id: 'micro-grids', card: 'grid', minZoom: 13, drawOrder: 3, on: true },
  { id: 'duty-post-areas', card: 'post', minZoom: 12, drawOrder: 4, on: false },
  analysisLayer('coverage-gaps', 5, { on: true }),
  analysisLayer('coverage-overlaps', 6),
  analysisLayer('health-findings', 7, { codeOf: findingCommittee }),
  analysisLayer('blind-spots', 8, { marker: 'blind-spot' }),
  { id: 'duty-posts', card: 'post', minZoom: 12, drawOrder: 11, on: true, marker: 'post' },
]);

/** The collection a card's link and the permalink name, for a card document. */
export function collectionOf(cardData) {
  switch (cardData.kind) {
    case 'committee':
      return 'committees';
    case 'grid':
      return cardData.level === 'micro' ? 'micro-grids' : 'comprehensive-grids';
    default:
      return 'duty-posts';
  }
}

/** The card kind ('committee', 'grid', 'post') of a collection, or null when it has none. */
export function cardKindOf(collectionId) {
  return OVERLAYS.find((spec) => spec.id === collectionId)?.card ?? null;
}
