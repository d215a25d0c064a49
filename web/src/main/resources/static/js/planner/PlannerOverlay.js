// What planner mode draws on the map besides the grids to paint: the post's area now (thin), as
// previewed (thick), the gaps the change would open, the drawing as drawn (dotted), where cleaning
// changed it, and the areas a draft plan changes. All in the planner's own pane, above the map's canvas.
import { bounds, circleMarker, geoJSON, layerGroup, point, svg } from '../leaflet.js';
import { CLEANING_STYLE, LAYER_STYLES, PLANNED_STYLE, PREVIEW_STYLE } from '../palette.js';

// The gaps a change would open: as the map's gaps, dashed, so they read as "would be".
const OPENED_STYLE = { ...LAYER_STYLES['coverage-gaps'], weight: 2, dashArray: '4 3', interactive: false };
const CURRENT_STYLE = { ...PREVIEW_STYLE, weight: 2, color: '#52606d', dashArray: '3 4' };
const DRAWN_STYLE = { ...PREVIEW_STYLE, weight: 1.5, dashArray: '2 4' };
const PADDING = 16;

export class PlannerOverlay {
  constructor(map, pane) {
    this._map = map;
    this._pane = pane;
    this._renderer = svg({ pane });
    this._outline = layerGroup();
    this._planned = geoJSON(null, { pane, renderer: this._renderer, style: () => PLANNED_STYLE });
  }

  addTo(map) {
    this._planned.addTo(map);
    this._outline.addTo(map);
  }

  remove() {
    this._planned.remove();
    this._outline.remove();
  }

  /** current: the published area; preview: the server's Preview; drawn: the drawing, or null. */
  showOutline(current, preview = null, drawn = null) {
    this._outline.clearLayers();
    const add = (geometry, style) => geometry && this._outline.addLayer(geoJSON(geometry, {
      pane: this._pane, renderer: this._renderer, style: () => style,
    }));
    add(current, CURRENT_STYLE);
    add(preview?.openedGaps?.coordinates?.length > 0 ? preview.openedGaps : null, OPENED_STYLE);
    add(preview?.geometry, PREVIEW_STYLE);
    add(drawn, DRAWN_STYLE);
    (preview?.cleanings || []).filter((c) => c.where).forEach((c) => this._outline.addLayer(
      circleMarker([c.where[1], c.where[0]], { ...CLEANING_STYLE, pane: this._pane, renderer: this._renderer })));
  }

  /** The changes of a draft plan ([{geometry}]), highlighted. */
  showPlanned(changes) {
    this._planned.clearLayers();
    changes.filter((c) => c.geometry).forEach((c) => this._planned.addData(c.geometry));
  }

  /**
   * Fits latLngBounds into the part of the map the panels leave free, when they hide part of it:
   * panel (the planner's, on the left, or at the bottom on a phone) and card (on the right).
   */
  reveal(latLngBounds, panel, card) {
    const map = this._map.getContainer().getBoundingClientRect();
    const side = panel.getBoundingClientRect();
    const sheet = side.top > map.top + 1;
    const right = card && !card.hidden && card.offsetParent && !sheet ? card.getBoundingClientRect() : null;
    const topLeft = point(sheet ? 0 : side.right - map.left, 0);
    const bottomRight = point(right ? map.right - right.left : 0, sheet ? map.bottom - side.top : 0);
    const box = bounds(this._map.latLngToContainerPoint(latLngBounds.getNorthWest()),
      this._map.latLngToContainerPoint(latLngBounds.getSouthEast()));
    const free = bounds(topLeft, point(map.width, map.height).subtract(bottomRight));
    if (!free.contains(box)) {
      this._map.fitBounds(latLngBounds, {
        paddingTopLeft: topLeft.add([PADDING, PADDING]),
        paddingBottomRight: bottomRight.add([PADDING, PADDING]), maxZoom: 17,
      });
    }
  }
}
