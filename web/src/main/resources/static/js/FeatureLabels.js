// Name labels for polygon features (committees), shown from a zoom level on, as text elements:
// names are only ever text. Where labels would overlap, the larger feature's label wins.
import { Layer, divIcon, latLng, marker } from './leaflet.js';
import { el } from './dom.js';
import { labelPoint } from './labelPoint.js';

const GAP = 4; // pixels kept free around each label

export class FeatureLabels extends Layer {
  /** minZoom: the first zoom level with labels; pane: a map pane above the features. */
  constructor({ minZoom, pane }) {
    super();
    this._minZoom = minZoom;
    this._pane = pane;
    this._markers = [];
  }

  /** Replaces the labelled features (GeoJSON features with properties.name). */
  setFeatures(features) {
    this._markers.forEach((m) => m.remove());
    this._markers = features
      .map((feature) => ({ feature, point: labelPoint(feature.geometry), size: size(feature) }))
      .filter((entry) => entry.point)
      .sort((a, b) => b.size - a.size)
      .map(({ feature, point }) => marker(latLng(point[1], point[0]), {
        icon: divIcon({
          className: 'og-label',
          html: el('span', { className: 'og-label-text', dataset: { code: feature.id } },
            feature.properties.name),
          iconSize: null,
        }),
        interactive: false,
        keyboard: false,
        pane: this._pane,
      }));
    if (this._map) {
      this._update();
    }
  }

  onAdd(map) {
    map.on('moveend', this._update, this);
    this._update();
  }

  onRemove(map) {
    map.off('moveend', this._update, this);
    this._markers.forEach((m) => m.remove());
  }

  _update() {
    const map = this._map;
    const visible = map.getZoom() >= this._minZoom;
    for (const m of this._markers) {
      if (visible && !map.hasLayer(m)) {
        m.addTo(map);
      } else if (!visible && map.hasLayer(m)) {
        m.remove();
      }
    }
    if (visible) {
      this._declutter();
    }
  }

  /** Hides every label that would overlap one already placed (larger features come first). */
  _declutter() {
    const map = this._map;
    const view = map.getSize();
    const labels = this._markers
      .map((m) => ({ m, text: m.getElement()?.firstElementChild }))
      .filter(({ text }) => text);
    labels.forEach(({ text }) => text.classList.remove('og-label-hidden'));
    const boxes = labels.map(({ m, text }) => {
      const p = map.latLngToContainerPoint(m.getLatLng());
      const w = text.offsetWidth / 2 + GAP;
      const h = text.offsetHeight / 2 + GAP;
      return { left: p.x - w, right: p.x + w, top: p.y - h, bottom: p.y + h };
    });
    const placed = [];
    boxes.forEach((box, i) => {
      const outside = box.right < 0 || box.left > view.x || box.bottom < 0 || box.top > view.y;
      if (outside) {
        return;
      }
      if (placed.some((other) => overlaps(box, other))) {
        labels[i].text.classList.add('og-label-hidden');
      } else {
        placed.push(box);
      }
    });
  }
}

function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** A rough size to rank labels by: the area of the feature's bounding box in degrees². */
function size(feature) {
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  const visit = (coords) => {
    if (typeof coords[0] === 'number') {
      minX = Math.min(minX, coords[0]); maxX = Math.max(maxX, coords[0]);
      minY = Math.min(minY, coords[1]); maxY = Math.max(maxY, coords[1]);
    } else {
      coords.forEach(visit);
    }
  };
  visit(feature.geometry.coordinates);
  return (maxX - minX) * (maxY - minY);
}
