// A duty post's icon, drawn on a canvas: a disc of five fixed sectors, one per duty type
// (clockwise from the top, in DUTY_TYPES order), filled in the type's colour when the post has
// that duty and left white when not. Position tells the types apart as well as colour does.
import { DUTY_TYPES } from './palette.js';

const SECTOR = (Math.PI * 2) / DUTY_TYPES.length;
const START = -Math.PI / 2 - SECTOR / 2;

/**
 * Draws the icon centred on (x, y) with radius r (pixels). selected draws a heavy black ring.
 */
export function drawPostIcon(ctx, x, y, r, dutyTypes, { selected = false, outline = '#1f2933' } = {}) {
  const types = new Set(dutyTypes || []);
  ctx.save();
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.arc(x, y, r + 1.5, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  DUTY_TYPES.forEach((type, i) => {
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.arc(x, y, r, START + i * SECTOR, START + (i + 1) * SECTOR);
    ctx.closePath();
    ctx.fillStyle = types.has(type.id) ? type.color : '#ffffff';
    ctx.fill();
    ctx.lineWidth = 0.75;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  });
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.lineWidth = selected ? 3.5 : 1.25;
  ctx.strokeStyle = selected ? '#000000' : outline;
  ctx.stroke();
  ctx.restore();
}

/** A small canvas showing the icon (for the legend), sharp on high-density screens. */
export function postIconCanvas(dutyTypes, size = 20) {
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = size * ratio;
  canvas.height = size * ratio;
  canvas.style.width = `${size}px`;
  canvas.style.height = `${size}px`;
  canvas.setAttribute('aria-hidden', 'true');
  const ctx = canvas.getContext('2d');
  ctx.scale(ratio, ratio);
  drawPostIcon(ctx, size / 2, size / 2, size / 2 - 2.5, dutyTypes);
  return canvas;
}
