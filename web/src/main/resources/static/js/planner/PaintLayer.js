// The committee's micro-grids in planner mode, to paint a post's area with: a click toggles one,
// and dragging with the button held brushes every grid passed over the same way (a stroke).
// Painted grids take the post's colour. Drawn with SVG in a pane of its own above the map's
// canvas, so only the grids themselves catch the pointer (see .og-planner-pane in onegrid.css).
import { DomEvent, LayerGroup, geoJSON, svg } from '../leaflet.js';
import { el } from '../dom.js';
import { PAINTABLE_STYLE, PAINTED_STYLE } from '../palette.js';

export class PaintLayer extends LayerGroup {
  /** pane: the planner's pane; onStroke(codes, paint): a click or brush stroke ended. */
  constructor({ pane, onStroke }) {
    super();
    this._onStroke = onStroke;
    this._painted = new Set();
    this._color = PAINTABLE_STYLE.color;
    this._stroke = null; // {paint, codes} while the button is held
    this._grids = geoJSON(null, {
      pane,
      renderer: svg({ pane }),
      style: (feature) => this._style(feature),
      onEachFeature: (feature, layer) => this._bind(feature, layer),
    });
    this.addLayer(this._grids);
    this._end = () => this._endStroke();
  }

  /** The micro-grids to paint with (a GeoJSON FeatureCollection). */
  setGrids(collection) {
    this._grids.clearLayers();
    this._grids.addData(collection);
  }

  /** Shows painted (a Set of codes) in colour. */
  setPainted(painted, color) {
    this._painted = painted;
    this._color = color;
    this._grids.setStyle((feature) => this._style(feature));
  }

  onRemove(map) {
    this._endStroke();
    super.onRemove(map);
  }

  _style(feature) {
    return this._painted.has(feature.id)
      ? { ...PAINTABLE_STYLE, ...PAINTED_STYLE, color: this._color, fillColor: this._color }
      : PAINTABLE_STYLE;
  }

  _bind(feature, layer) {
    layer.bindTooltip(() => el('span', {}, `${feature.properties.name} · ${feature.id}`),
      { sticky: true, direction: 'top', offset: [0, -8], className: 'og-tooltip' });
    layer.on('mousedown', (event) => {
      if (event.originalEvent.button !== 0) {
        return;
      }
      DomEvent.preventDefault(event.originalEvent); // no text selection while brushing
      this._map.dragging.disable(); // the held button brushes instead of panning
      this._stroke = { paint: !this._painted.has(feature.id), codes: new Set() };
      document.addEventListener('mouseup', this._end);
      this._brush(feature.id, layer);
    });
    layer.on('mouseover', () => {
      if (this._stroke) {
        this._brush(feature.id, layer);
      }
    });
    // A click also arrives after mousedown/mouseup: the stroke already handled it.
    layer.on('click', (event) => DomEvent.stopPropagation(event));
  }

  _brush(code, layer) {
    this._stroke.codes.add(code);
    const style = this._stroke.paint
      ? { ...PAINTED_STYLE, color: this._color, fillColor: this._color } : PAINTABLE_STYLE;
    layer.setStyle(style); // shown at once; the planner confirms when the stroke ends
  }

  _endStroke() {
    document.removeEventListener('mouseup', this._end);
    const stroke = this._stroke;
    this._stroke = null;
    if (this._map) {
      this._map.dragging.enable();
    }
    if (stroke && stroke.codes.size > 0) {
      this._onStroke([...stroke.codes], stroke.paint);
    }
  }
}
