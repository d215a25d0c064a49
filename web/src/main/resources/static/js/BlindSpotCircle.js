// A committee's largest blind spot: the empty circle (radius in metres) with a cross at its centre,
// where a new post would help most. Only the centre and the ring take clicks, so the grids and
// posts inside the circle stay clickable.
import { Canvas, Circle } from './leaflet.js';

const CROSS = 6; // half the cross's width, in pixels

export class BlindSpotCircle extends Circle {
  _updatePath() {
    super._updatePath();
    const renderer = this._renderer;
    if (!(renderer instanceof Canvas) || !renderer._drawing || this._empty()) {
      return;
    }
    const ctx = renderer._ctx;
    const { x, y } = this._point;
    ctx.save();
    ctx.setLineDash([]);
    ctx.lineWidth = 2;
    ctx.strokeStyle = this.options.color;
    ctx.beginPath();
    ctx.moveTo(x - CROSS, y);
    ctx.lineTo(x + CROSS, y);
    ctx.moveTo(x, y - CROSS);
    ctx.lineTo(x, y + CROSS);
    ctx.stroke();
    ctx.restore();
  }

  _containsPoint(p) {
    const distance = p.distanceTo(this._point);
    const tolerance = this._clickTolerance();
    return distance <= CROSS + tolerance || Math.abs(distance - this._radius) <= tolerance;
  }
}
