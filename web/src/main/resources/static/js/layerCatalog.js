// The map's feature layers, as the server's catalogue describes them: each /collections entry's
// `map` says from which zoom the layer is asked for, its drawing order (higher on top, so the
// smaller features win a click), the card a click opens (of collection `opens` when not its own),
// whether it starts on, its labels and point markers, and the keys of its style (palette.js) and
// its name (i18n). This module adds only behaviour: the code a click opens, codeOf(feature) (the
// feature's id unless given), and the hover text, tooltip(feature) (its name unless given).
import { collections } from './api.js';
import { analysisTooltip } from './analysisText.js';
import { townMonth } from './townMonth.js';

let specs = new Map(); // collection id → layer spec, once /collections has answered

/** The layer specs of the collections the reader may see, in the catalogue's order. */
export const catalogue = collections()
  .then((found) => {
    specs = new Map([...found.values()].filter((c) => c.map).map((c) => [c.id, layerSpec(c)]));
    return [...specs.values()];
  });
catalogue.catch(() => {}); // main.js reports the failure

function layerSpec(collection) {
  const spec = { id: collection.id, ...collection.map };
  if (spec.id === 'patrolled-areas') { // the town's month until its month box picks another
    spec.filter = { month: townMonth() };
  }
  if (spec.opens === 'committees') { // an analysis layer: the committee's card has its figures
    spec.codeOf = committeeOf;
    spec.tooltip = (feature) => analysisTooltip(spec.id, feature.properties);
  }
  return Object.freeze(spec);
}

/** A finding's committee: the one it is in, or the committee a town-wide finding is about. */
function committeeOf(feature) {
  const { committee_code: code, scope, feature_ids: ids } = feature.properties;
  return code ?? (scope === 'committees' ? ids?.[0] : null) ?? null;
}

/** The layer spec of a collection, or undefined before /collections has answered. */
export function specOf(collectionId) {
  return specs.get(collectionId);
}

/** The card kind ('committee', 'grid', 'post') of a collection, or null when it has none. */
export function cardKindOf(collectionId) {
  return specs.get(collectionId)?.card ?? null;
}
