// A committee's largest blind spot: the empty circle (radius in metres) with a cross at its centre,
// where a new post would help most, drawn only inside the town's outline (options.clipTo: its
// shapes on the same canvas). Only the centre and the ring take clicks, so the grids and posts
// inside the circle stay clickable.
import { Canvas, Circle } from './leaflet.js';

const CROSS = 6; // half the cross's width, in pixels

export class BlindSpotCircle extends Circle {
  _updatePath() {
    const renderer = this._renderer;
    if (!(renderer instanceof Canvas) || !renderer._drawing || this._empty()) {
      super._updatePath();
      return;
    }
    const ctx = renderer._ctx;
    ctx.save();
    clip(ctx, this.options.clipTo?.() ?? []);
    super._updatePath();
    const { x, y } = this._point;
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

/** Limits what ctx draws next to the shapes' projected rings (none: no limit). */
function clip(ctx, shapes) {
  if (shapes.length === 0) {
    return;
  }
  ctx.beginPath();
  for (const shape of shapes) {
    for (const ring of shape._parts ?? []) {
      ring.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      ctx.closePath();
    }
  }
  ctx.clip('evenodd');
}
