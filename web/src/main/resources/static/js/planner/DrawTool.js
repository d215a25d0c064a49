// Free drawing in planner mode, with leaflet-draw: draw a new polygon point by point, or reshape
// the shown one by dragging its vertices. Either way onDrawn(geometry) gets the GeoJSON geometry.
import { geoJSON, loadDraw, svg } from '../leaflet.js';
import { t } from '../i18n.js';
import { PREVIEW_STYLE } from '../palette.js';

const DRAWING = { color: '#000000', weight: 3, fillOpacity: 0.1 };

export class DrawTool {
  /** onDrawn(geometry): a drawing was finished or reshaped; onChange(): drawing began or ended. */
  constructor(map, { pane, onDrawn, onChange }) {
    this._map = map;
    this._renderer = svg({ pane });
    this._pane = pane;
    this._onDrawn = onDrawn;
    this._onChange = onChange;
    this._handler = null;
    this._shape = null;
    this._reshaping = false;
    map.on('draw:created', (event) => {
      this._handler = null;
      this._onChange();
      this._onDrawn(event.layer.toGeoJSON().geometry);
    });
    map.on('draw:drawstop', () => this._onChange());
  }

  get drawing() {
    return Boolean(this._handler?.enabled());
  }

  get reshaping() {
    return this._reshaping;
  }

  /** Starts drawing a new polygon (loads leaflet-draw the first time). */
  async start() {
    const L = await loadDraw();
    translate(L.drawLocal);
    this.stopReshaping();
    this._handler?.disable();
    this._handler = new L.Draw.Polygon(this._map, {
      allowIntersection: true, // crossing edges are the server's to repair, and to say where
      showArea: false, showLength: false, shapeOptions: DRAWING,
    });
    this._handler.enable();
    this._onChange();
  }

  /** Closes the polygon being drawn (as clicking its first point does). */
  finish() {
    this._handler?.completeShape();
  }

  cancel() {
    this._handler?.disable();
    this._handler = null;
    this._onChange();
  }

  /** Shows geometry (GeoJSON, null: nothing) as the shape to reshape. */
  async show(geometry) {
    await loadDraw(); // polygons made after it loaded can be edited
    const reshaping = this._reshaping;
    this.stopReshaping();
    this._shape?.remove();
    this._shape = null;
    if (geometry) {
      this._shape = geoJSON(single(geometry), {
        pane: this._pane, renderer: this._renderer, style: () => ({ ...PREVIEW_STYLE, fill: true, fillOpacity: 0.08 }),
      }).getLayers()[0].addTo(this._map);
      this._shape.on('edit', () => this._onDrawn(this._shape.toGeoJSON().geometry));
      if (reshaping) {
        this.reshape();
      }
    }
    this._onChange(); // whether it can be reshaped changed
  }

  /** Whether the shown shape can be reshaped: one polygon (leaflet-draw edits no multi-polygons). */
  get canReshape() {
    return Boolean(this._shape?.editing) && !(this._shape.getLatLngs()[0]?.[0] instanceof Array);
  }

  /** Lets the planner drag the shown shape's vertices (a dragged vertex is a new drawing). */
  reshape() {
    if (this.canReshape) {
      // What leaflet-draw's edit toolbar would set: the style while editing, and to go back to.
      this._shape.options.original = { ...this._shape.options };
      this._shape.options.editing = { ...this._shape.options, dashArray: null };
      this._shape.editing.enable();
      this._reshaping = true;
      this._onChange();
    }
  }

  stopReshaping() {
    this._shape?.editing?.disable();
    if (this._reshaping) {
      this._reshaping = false;
      this._onChange();
    }
  }

  /** Ends drawing and removes the shape. */
  clear() {
    this._handler?.disable();
    this._handler = null;
    this.stopReshaping();
    this._shape?.remove();
    this._shape = null;
  }
}

/** A multi-polygon of one part as the polygon it is. */
function single(geometry) {
  return geometry.type === 'MultiPolygon' && geometry.coordinates.length === 1
    ? { type: 'Polygon', coordinates: geometry.coordinates[0] } : geometry;
}

/** leaflet-draw's tooltips in the page's language. */
function translate(local) {
  local.draw.handlers.polygon.tooltip = {
    start: t('draw.start'), cont: t('draw.cont'), end: t('draw.end'),
  };
}
