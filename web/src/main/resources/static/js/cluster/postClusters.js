// On a phone, a town's duty posts at town zoom are a carpet of icons too close to tap: they are
// gathered into clusters (Leaflet.markercluster, from its WebJar) that split as the map zooms in.
// main.js loads this module only on a narrow screen, when it makes a layer of post markers.
import { loadClusters } from '../leaflet.js';

const EVERY_POST_FROM = 17; // the zoom from which every post is drawn on its own

/**
 * Shows the posts of layer (a BboxLayer of post markers) on map in clusters. The layer keeps its
 * features (counts, styles, clicks and cards stay its own); each time it has drawn them, they move
 * off the map into the clusters, and the clusters go when the layer does. No animation and no
 * spiderfying: both need marker icons, and posts are drawn on the canvas (DutyPostMarker).
 */
export async function clusterPosts(layer, map) {
  const L = await loadClusters();
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
