// Reported incidents drawn in clusters (leaflet.markercluster): the view's incidents, asked for by
// bounding box from the layer's zoom on, again when the view leaves what was loaded. Each marker's
// tooltip says what, how far in the loop and the month.
import { Layer, circleMarker, loadClusters } from '../leaflet.js';
import { items } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { LAYER_STYLES } from '../palette.js';

const MARGIN = 0.5; // half a view more on every side

export class IncidentClusters extends Layer {
  /** stub: the panel's stand-in, which carries the status; collection: /collections' incidents. */
  constructor(stub, collection) {
    super();
    this._stub = stub;
    this._collection = collection;
    this._loaded = null;
    this._group = null;
  }

  onAdd(map) {
    map.on('moveend', this._update, this);
    this._update();
  }

  onRemove(map) {
    map.off('moveend', this._update, this);
    this._controller?.abort();
    this._group?.remove();
    this._setStatus('off');
  }

  reload() {
    this._loaded = null;
    this._update();
  }

  async _update() {
    const map = this._map;
    if (!map) {
      return;
    }
    if (map.getZoom() < this._stub.minZoom) {
      this._group?.remove();
      this._setStatus('zoom-in');
      return;
    }
    if (this._loaded?.contains(map.getBounds())) {
      this._group.addTo(map);
      this._setStatus('ready', this._inView());
      return;
    }
    this._controller?.abort();
    const controller = new AbortController();
    this._controller = controller;
    const bounds = map.getBounds().pad(MARGIN);
    this._setStatus('loading');
    try {
      const L = await loadClusters();
      this._group ??= L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
      const data = await items(this._collection, [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        { signal: controller.signal });
      if (controller.signal.aborted || !this._map) {
        return;
      }
      this._group.clearLayers();
      this._group.addLayers(data.features.map(marker));
      this._group.addTo(this._map);
      this._loaded = bounds;
      this._setStatus('ready', this._inView());
    } catch (error) {
      if (error.name !== 'AbortError') {
        this._setStatus('error', 0, error);
      }
    }
  }

  _inView() {
    const view = this._map.getBounds();
    return this._group.getLayers().filter((m) => view.contains(m.getLatLng())).length;
  }

  _setStatus(state, count = 0, error = null) {
    this._stub.status = { state, count, error };
    this._stub.fire('state', this._stub.status);
  }
}

function marker(feature) {
  const [lng, lat] = feature.geometry.coordinates;
  const p = feature.properties;
  return circleMarker([lat, lng], LAYER_STYLES.incidents).bindTooltip(() => el('span', {},
    `${p.type_name} · ${t(`incidentmap.state.${p.state}`)} · ${p.month}`, p.overdue ? ` · ${t('incidentmap.overdue')}` : ''),
  { direction: 'top', className: 'og-tooltip' });
}
