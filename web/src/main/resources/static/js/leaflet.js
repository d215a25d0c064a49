// Leaflet, from its WebJar and pinned to one version, and its drawing and clustering plugins: the
// only place the WebJar paths appear.
import * as leaflet from '../webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

export * from '../webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

const DRAW = new URL('../webjars/leaflet-draw/1.0.2/dist/', import.meta.url);
const CLUSTER = new URL('../webjars/leaflet-markercluster/1.4.1/', import.meta.url);
const loaded = new Map(); // plugin script → the promise of its load

/**
 * Loads leaflet-draw 1.0.2 once (planner mode asks for it when it first opens) and resolves to
 * the global L it extended. leaflet-draw is a classic script that adds to a global L
 * (L.Draw, L.Edit, L.drawLocal) and patches Leaflet's classes. The page imports Leaflet as an ES
 * module, whose namespace is frozen, so L is a plain copy of it: the classes inside are the very
 * ones the page uses, so polygons made later get the plugin's editing. The script is added as a
 * <script src> from this origin (allowed by a CSP of script-src 'self') rather than imported as a
 * module, because the plugin is sloppy-mode code (it assigns an undeclared variable in
 * readableArea), which a module's strict mode would break.
 */
export function loadDraw() {
  return plugin(DRAW, 'leaflet.draw.js', 'leaflet.draw.css');
}

/** Loads leaflet.markercluster 1.4.1 once, the same way (its UMD wrapper needs `this`). */
export function loadClusters() {
  return plugin(CLUSTER, 'leaflet.markercluster.js', 'MarkerCluster.css', 'MarkerCluster.Default.css');
}

function plugin(folder, script, ...styles) {
  if (!loaded.has(script)) {
    window.L ??= { ...leaflet };
    styles.forEach((style) => document.head.append(Object.assign(document.createElement('link'),
      { rel: 'stylesheet', href: new URL(style, folder).href })));
    loaded.set(script, new Promise((resolve, reject) => {
      const tag = Object.assign(document.createElement('script'), { src: new URL(script, folder).href });
      tag.addEventListener('load', () => resolve(window.L));
      tag.addEventListener('error', () => {
        loaded.delete(script); // let a later call try again
        tag.remove();
        reject(new Error(`${script} did not load`));
      });
      document.head.append(tag);
    }));
  }
  return loaded.get(script);
}
