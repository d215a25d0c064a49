// The report on a small map: the published committees in grey behind, each finding in its kind's
// colour on top (areas filled, points as circles), the map framed on the findings.
import * as L from '../leaflet.js';
import { committees } from './importRequests.js';

/** A colour per kind of finding (colour-blind safe, as the map page's palette). */
export const KIND_COLOURS = {
  repaired: '#e69f00',
  overlap: '#d55e00',
  gap: '#0072b2',
  'outside-parent': '#cc79a7',
  sliver: '#56b4e9',
  'post-outside': '#d55e00',
  'name-differs': '#009e73',
  'far-from-town': '#000000',
  removed: '#b42318',
};

function colour(feature) {
  return KIND_COLOURS[feature.properties.kind] || '#52606d';
}

export class ReportMap {
  /** container: an element with a height. */
  constructor(container) {
    this._container = container;
    this._map = L.map(container, { attributionControl: false, zoomSnap: 0.25 });
    this._town = L.geoJSON(null, {
      style: { color: '#7b8794', weight: 1, fillOpacity: 0.05 },
      interactive: false,
    }).addTo(this._map);
    this._findings = L.geoJSON(null, {
      style: (feature) => ({ color: colour(feature), weight: 2, fillOpacity: 0.35 }),
      pointToLayer: (feature, at) => L.circleMarker(at, {
        radius: 7, color: colour(feature), fillOpacity: 0.6,
      }),
      onEachFeature: (feature, layer) => layer.bindTooltip(feature.properties.message),
    }).addTo(this._map);
    this._map.setView([31.25, 121.32], 12);
    this._townLoaded = committees()
      .then((collection) => this._town.addData(collection))
      .catch(() => {}); // the findings still show without the outline
  }

  /** Shows the report's findings (a GeoJSON FeatureCollection); resolves once framed. */
  async show(report) {
    await this._townLoaded;
    this._map.invalidateSize();
    this._findings.clearLayers();
    this._layers = [];
    this._findings.addData(report);
    this._findings.eachLayer((layer) => this._layers.push(layer));
    const bounds = this._layers.length ? this._findings.getBounds() : this._town.getBounds();
    if (bounds.isValid()) {
      this._map.fitBounds(bounds, { padding: [12, 12], maxZoom: 17 });
    }
    this._container.dataset.findings = String(this._layers.length);
  }

  /** Frames the index-th finding and opens its tooltip. */
  focus(index) {
    const layer = this._layers[index];
    if (!layer) {
      return;
    }
    if (layer.getBounds) {
      this._map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 18 });
    } else {
      this._map.setView(layer.getLatLng(), Math.max(this._map.getZoom(), 16));
    }
    layer.openTooltip();
  }
}
