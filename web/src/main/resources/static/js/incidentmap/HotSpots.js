// Where incidents gathered in a month: the server's hot-spot tiles (reports counted per cell of a
// 64th of a tile) painted on canvas tiles, a cell the darker the more reports it had. A small box
// on the map picks the month while the layer is on; its count is the month's reports in view.
import { GridLayer } from '../leaflet.js';
import { readBytes } from '../api.js';
import { el } from '../dom.js';
import { MonthBox } from '../months/MonthBox.js';
import { hotSpotPoints } from './mvt.js';

const MIN_ZOOM = 10; // cells of a 64th of a tile: at the town's zoom a few hundred metres

export class HotSpots extends GridLayer {
  constructor(stub) {
    super({ minZoom: MIN_ZOOM, className: 'og-hotspots' });
    stub.minZoom = MIN_ZOOM; // what the panel says to zoom in to
    this._stub = stub;
    this._points = new Map(); // tile key → [{x, y, count}] in the zoom's pixels
    this._box = new MonthBox('incident-hotspots', 'incidentmap.month', () => this.redraw());
    this.on('loading', () => this._setStatus('loading', this._stub.status.count));
    this.on('load', () => this._setStatus('ready', this._inView()));
    this.on('tileunload', (event) => this._points.delete(this._tileCoordsToKey(event.coords)));
  }

  onAdd(map) {
    super.onAdd(map);
    map.on('moveend', this._moved, this);
    this._box.addTo(map);
    this._moved();
  }

  onRemove(map) {
    super.onRemove(map);
    map.off('moveend', this._moved, this);
    this._box.remove();
    this._setStatus('off');
  }

  _moved() {
    if (this._map.getZoom() < MIN_ZOOM) {
      this._setStatus('zoom-in');
    } else if (!this.isLoading()) {
      this._setStatus('ready', this._inView());
    }
  }

  reload() {
    this.redraw();
  }

  createTile(coords, done) {
    const tile = el('canvas', { width: 256, height: 256 });
    const { z, x, y } = coords;
    readBytes(`incidents/hotspots/${z}/${x}/${y}.mvt?month=${this._box.month}`)
      .then((buffer) => {
        const points = buffer ? hotSpotPoints(buffer) : [];
        this._points.set(this._tileCoordsToKey(coords), points.map((p) => ({ ...p, x: p.x + x * 256, y: p.y + y * 256 })));
        paint(tile, points);
        done(null, tile);
      })
      .catch((error) => {
        this._setStatus('error', 0, error);
        done(error, tile);
      });
    return tile;
  }

  /** The month's reports whose cells lie in the view. */
  _inView() {
    const view = this._map.getPixelBounds();
    let count = 0;
    this._points.forEach((points) => points.forEach((p) => {
      if (p.x >= view.min.x && p.x <= view.max.x && p.y >= view.min.y && p.y <= view.max.y) {
        count += p.count;
      }
    }));
    return count;
  }

  _setStatus(state, count = 0, error = null) {
    this._stub.status = { state, count, error };
    this._stub.fire('state', this._stub.status);
  }
}

/** A cell per point, from pale to deep reddish purple as its count grows (5 and more: deepest). */
function paint(tile, points) {
  const context = tile.getContext('2d');
  for (const { x, y, count } of points) {
    const level = Math.min(count, 5) / 5;
    context.fillStyle = `rgba(204, 121, 167, ${0.3 + 0.6 * level})`;
    const size = 4 + 4 * level;
    context.fillRect(x - size / 2, y - size / 2, size, size);
  }
}
