// Leaflet, from its WebJar and pinned to one version, and its drawing plugin: the only place the
// WebJar paths appear.
import * as leaflet from '../webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

export * from '../webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

const DRAW = new URL('../webjars/leaflet-draw/1.0.2/dist/', import.meta.url);
let draw = null;

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
  if (!draw) {
    window.L = { ...leaflet };
    document.head.append(Object.assign(document.createElement('link'),
      { rel: 'stylesheet', href: new URL('leaflet.draw.css', DRAW).href }));
    draw = new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'),
        { src: new URL('leaflet.draw.js', DRAW).href });
      script.addEventListener('load', () => resolve(window.L));
      script.addEventListener('error', () => {
        draw = null; // let a later call try again
        script.remove();
        reject(new Error('leaflet-draw did not load'));
      });
      document.head.append(script);
    });
  }
  return draw;
}
