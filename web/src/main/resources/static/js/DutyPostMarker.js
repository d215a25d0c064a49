// A duty post on the map's canvas, drawn as its duty-type icon (postIcon.js). Clicks and hovers
// hit it like any circle marker of the same radius.
import { Canvas, CircleMarker } from './leaflet.js';
import { drawPostIcon } from './postIcon.js';

export class DutyPostMarker extends CircleMarker {
  _updatePath() {
    const renderer = this._renderer;
    if (!(renderer instanceof Canvas)) {
      super._updatePath();
      return;
    }
    if (!renderer._drawing || this._empty()) {
      return;
    }
    drawPostIcon(renderer._ctx, this._point.x, this._point.y, this._radius,
      this.options.dutyTypes, { selected: this.options.selected });
  }
}
