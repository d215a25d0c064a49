// On a phone, a town's duty posts at town zoom are a carpet of icons too close to tap: they are
// gathered into clusters (Leaflet.markercluster, from its WebJar) that split as the map zooms in.
// main.js loads this module only on a narrow screen, when it makes a layer of post markers.
import * as leaflet from '../leaflet.js';

const PLUGIN = new URL('../../webjars/leaflet-markercluster/1.4.1/', import.meta.url);
const EVERY_POST_FROM = 17; // the zoom from which every post is drawn on its own
let plugin = null;

/**
 * Loads Leaflet.markercluster 1.4.1 once, with its styles, and resolves to the global L it
 * extended. Like leaflet-draw (leaflet.js' loadDraw) it is a classic script that adds to a global
 * L, so L is a plain copy of the frozen ES module namespace (or the copy planner mode already
 * made), and the script comes from this origin as <script src> (CSP: script-src 'self').
 */
function loadPlugin() {
  if (!plugin) {
    window.L = window.L ?? { ...leaflet };
    for (const css of ['MarkerCluster.css', 'MarkerCluster.Default.css']) {
      document.head.append(Object.assign(document.createElement('link'),
        { rel: 'stylesheet', href: new URL(css, PLUGIN).href }));
    }
    plugin = new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'),
        { src: new URL('leaflet.markercluster.js', PLUGIN).href });
      script.addEventListener('load', () => resolve(window.L));
      script.addEventListener('error', () => {
        plugin = null; // let a later layer try again
        script.remove();
        reject(new Error('leaflet.markercluster did not load'));
      });
      document.head.append(script);
    });
  }
  return plugin;
}

/**
 * Shows the posts of layer (a BboxLayer of post markers) on map in clusters. The layer keeps its
 * features (counts, styles, clicks and cards stay its own); each time it has drawn them, they move
 * off the map into the clusters, and the clusters go when the layer does. No animation and no
 * spiderfying: both need marker icons, and posts are drawn on the canvas (DutyPostMarker).
 */
export async function clusterPosts(layer, map) {
  const L = await loadPlugin();
  const clusters = L.markerClusterGroup({
    animate: false,
    spiderfyOnMaxZoom: false,
    showCoverageOnHover: false,
    disableClusteringAtZoom: EVERY_POST_FROM,
    maxClusterRadius: 48,
  });
  const regroup = () => {
    const posts = layer.shapes();
    clusters.clearLayers();
    posts.forEach((post) => post.remove()); // still the layer's, drawn by the clusters instead
    clusters.addLayers(posts);
    clusters.addTo(map);
  };
  layer.on('drawn', regroup);
  layer.on('state', ({ state }) => {
    if (state === 'off' || state === 'zoom-in') {
      clusters.clearLayers();
      clusters.remove();
    }
  });
  regroup();
}
