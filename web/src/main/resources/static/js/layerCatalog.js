// The map's feature layers: which collection, which card a click opens, from which zoom level the
// layer is asked for (until the collection's TileJSON says otherwise), and whether it starts on.
// Listed in the panel's order; drawn in drawOrder (higher on top, so the smaller features win a
// click).

export const OVERLAYS = Object.freeze([
  { id: 'towns', card: null, minZoom: 6, drawOrder: 6, on: true },
  { id: 'committees', card: 'committee', minZoom: 8, drawOrder: 1, on: true, labels: 13 },
  { id: 'comprehensive-grids', card: 'grid', minZoom: 11, drawOrder: 2, on: true },
  { id: 'micro-grids', card: 'grid', minZoom: 13, drawOrder: 3, on: true },
  { id: 'duty-post-areas', card: 'post', minZoom: 12, drawOrder: 4, on: false },
  { id: 'duty-posts', card: 'post', minZoom: 12, drawOrder: 5, on: true, points: true },
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
