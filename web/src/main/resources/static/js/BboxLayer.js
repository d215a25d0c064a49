// One collection's features on the map, asked for by bounding box: only from the layer's minimum
// zoom on, for the view plus a margin, and asked again only when the view leaves what was loaded.
// Fires 'state' ({state: 'off'|'zoom-in'|'loading'|'ready'|'signin'|'error', count}), and 'drawn'
// when its features were (re)drawn on top of the others.
import { Layer, geoJSON } from './leaflet.js';
import { items } from './api.js';
import { el } from './dom.js';
import { BlindSpotCircle } from './BlindSpotCircle.js';
import { DutyPostMarker } from './DutyPostMarker.js';
import { FeatureLabels } from './FeatureLabels.js';
import { LAYER_STYLES, SELECTED_STYLE } from './palette.js';

const MARGIN = 0.5; // load half a view more on every side, so small pans need no request
const TELL_APART = 64; // px: a grid narrower on screen passes clicks to what it lies in

export class BboxLayer extends Layer {
  /**
   * spec: the layer's spec (layerCatalog.js); collection: its /collections entry;
   * onSelect({collection, code}, {reveal: latlng}): called when a feature is clicked (where);
   * labelPane: where labels go; clipTo(): the shapes that clip blind-spot circles (the town's).
   */
  constructor(spec, collection, { onSelect, labelPane, clipTo }) {
    super();
    this.spec = spec;
    this._collection = collection;
    this._minZoom = spec.minZoom;
    this._filter = spec.filter;
    this._onSelect = onSelect;
    this._selected = null;
    this._fillFor = null;
    this._loaded = null;
    this._pending = null;
    this._status = { state: 'off', count: 0 };
    this._labels = spec.labels ? new FeatureLabels({ minZoom: spec.labels, pane: labelPane }) : null;
    this._group = geoJSON(null, {
      style: (feature) => this._style(feature),
      pointToLayer: (feature, latlng) => (spec.marker === 'blind-spot'
        ? new BlindSpotCircle(latlng, { radius: feature.properties.radius_m, clipTo })
        : new DutyPostMarker(latlng, { dutyTypes: feature.properties.duty_types })),
      onEachFeature: (feature, layer) => this._bind(feature, layer),
    });
  }

  get id() {
    return this.spec.id;
  }

  get minZoom() {
    return this._minZoom;
  }

  /** The features drawn now, while the layer is on the map (Leaflet layers). */
  shapes() {
    return this._map && this._map.hasLayer(this._group) ? this._group.getLayers() : [];
  }

  /** {state, count}: what the layer shows now; count: its features in view. */
  get status() {
    return this._status;
  }

  setMinZoom(zoom) {
    this._minZoom = zoom;
    this._update();
  }

  /** Highlights the feature with this code (null: none). */
  setSelected(code) {
    this._selected = code;
    this._restyle();
  }

  /** Colours features by fillFor(feature) → CSS colour, or back to the layer style with null. */
  setFill(fillFor) {
    this._fillFor = fillFor;
    this._restyle();
  }

  /** Asks for the features that match `filter` (query parameters) from now on. */
  setFilter(filter) {
    this._filter = filter;
    this.reload();
  }

  /** Forgets what was loaded and asks again for the view (after a publish changed the data). */
  reload() {
    this._abort();
    this._loaded = null;
    this._update();
  }

  _restyle() {
    this._group.resetStyle();
  }

  /** Draws this layer above those before it, its selected feature topmost within it. */
  bringToFront() {
    this._group.bringToFront();
    this._group.eachLayer((layer) => {
      if (layer.feature.id === this._selected) {
        layer.bringToFront();
      }
    });
    return this;
  }

  onAdd(map) {
    map.on('moveend', this._update, this);
    if (this.spec.marker === 'post') {
      map.on('zoomend', this._restyle, this);
    }
    if (this.spec.card === 'grid') {
      map.on('zoomend', this._clickable, this);
    }
    this._update();
  }

  onRemove(map) {
    map.off('moveend', this._update, this);
    map.off('zoomend', this._restyle, this);
    map.off('zoomend', this._clickable, this);
    this._abort();
    this._group.remove();
    this._labels?.remove();
    this._setStatus('off');
  }

  _update() {
    const map = this._map;
    if (!map) {
      return;
    }
    if (map.getZoom() < this._minZoom) {
      this._abort();
      this._group.remove();
      this._labels?.remove();
      this._setStatus('zoom-in');
      return;
    }
    if (!map.hasLayer(this._group)) {
      this._group.addTo(map);
      this.fire('drawn'); // added on top of everything: the map restores the drawing order
    }
    this._labels?.addTo(map);
    const view = map.getBounds();
    if (this._loaded?.contains(view)) {
      this._setStatus('ready', this._inView());
    } else if (!this._pending?.contains(view)) {
      this._load(view.pad(MARGIN));
    }
  }

  async _load(bounds) {
    this._abort();
    const controller = new AbortController();
    this._controller = controller;
    this._pending = bounds;
    this._setStatus('loading', this._status.count);
    const bbox = [
      Math.max(bounds.getWest(), -180), Math.max(bounds.getSouth(), -85),
      Math.min(bounds.getEast(), 180), Math.min(bounds.getNorth(), 85),
    ];
    try {
      const data = await items(this._collection, bbox, {
        signal: controller.signal, filter: this._filter,
      });
      if (controller.signal.aborted) {
        return;
      }
      this._group.clearLayers();
      this._group.addData(data);
      this._labels?.setFeatures(data.features);
      this._clickable();
      this._loaded = bounds;
      this._setStatus('ready', this._inView());
      this.fire('drawn');
    } catch (error) {
      if (error.name !== 'AbortError') {
        // 401: a visitor on the plain map, where this layer needs an account
        this._setStatus(error.status === 401 ? 'signin' : 'error', 0, error);
      }
    } finally {
      if (this._controller === controller) {
        this._controller = null;
        this._pending = null;
      }
    }
  }

  /**
   * Grids take clicks only where they can be told apart (their median width on screen at least
   * TELL_APART): at town zoom a click opens the committee, not a sliver of a micro-grid.
   */
  _clickable() {
    const map = this._map;
    if (!map || this.spec.card !== 'grid') {
      return;
    }
    const widths = this._group.getLayers().map((layer) => {
      const bounds = layer.getBounds();
      return map.latLngToLayerPoint(bounds.getNorthEast()).x
        - map.latLngToLayerPoint(bounds.getSouthWest()).x;
    }).sort((a, b) => a - b);
    const on = widths[widths.length >> 1] >= TELL_APART;
    this._group.eachLayer((layer) => { layer.options.interactive = on; });
  }

  /** How many features the view shows: what the panel counts (it says "in view"). */
  _inView() {
    const view = this._map.getBounds();
    return this._group.getLayers().filter((layer) => (layer.getBounds
      ? view.intersects(layer.getBounds()) : view.contains(layer.getLatLng()))).length;
  }

  _abort() {
    this._controller?.abort();
    this._controller = null;
    this._pending = null;
  }

  _style(feature) {
    const fill = this._fillFor?.(feature);
    const selected = feature.id === this._selected;
    return {
      ...LAYER_STYLES[this.spec.style],
      ...(this.spec.marker === 'post' && this._map ? { radius: pointRadius(this._map.getZoom()) } : {}),
      ...(fill ? { fillColor: fill, fillOpacity: 0.7 } : {}),
      ...(selected ? SELECTED_STYLE : {}),
      selected,
    };
  }

  _bind(feature, layer) {
    if (!this.spec.card) {
      return;
    }
    const text = this.spec.tooltip ?? ((f) => f.properties.name);
    layer.bindTooltip(() => el('span', {}, text(feature)),
      { sticky: true, direction: 'top', offset: [0, -8], className: 'og-tooltip' });
    const code = this.spec.codeOf?.(feature) ?? feature.id;
    const collection = this.spec.opens ?? this.id;
    if (code) {
      layer.on('click', (event) => this._onSelect({ collection, code }, { reveal: event.latlng }));
    }
  }

  _setStatus(state, count = 0, error = null) {
    this._status = { state, count, error };
    this.fire('state', this._status);
  }
}

/** Post icons grow as the map zooms in: small where many crowd together, legible up close. */
function pointRadius(zoom) {
  return zoom >= 16 ? 9 : zoom >= 15 ? 8 : zoom >= 14 ? 7 : 5;
}
