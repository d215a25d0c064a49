// Small symbols for the layer panel and the legend, drawn from the same styles as the map.
import { el } from './dom.js';
import { DUTY_TYPES, LAYER_STYLES } from './palette.js';
import { postIconCanvas } from './postIcon.js';

/** The symbol of a collection's features. */
export function layerSwatch(spec) {
  if (spec.marker === 'post') {
    return postIconCanvas(DUTY_TYPES.map((type) => type.id), 18);
  }
  const style = LAYER_STYLES[spec.style];
  const swatch = el('span', { className: 'og-swatch', 'aria-hidden': 'true' });
  const dash = style.dashArray ? (Number(style.dashArray.split(' ')[0]) > 3 ? 'dashed' : 'dotted') : 'solid';
  swatch.style.border = `${Math.max(1, Math.round(style.weight))}px ${dash} ${style.color}`;
  if (spec.marker === 'blind-spot') {
    swatch.style.borderRadius = '50%';
  }
  if (style.fill !== false && style.fillOpacity > 0) {
    swatch.style.backgroundColor = withAlpha(style.fillColor || style.color, style.fillOpacity);
  }
  return swatch;
}

/** A filled box of one colour (choropleth classes). */
export function fillSwatch(color) {
  const swatch = el('span', { className: 'og-swatch', 'aria-hidden': 'true' });
  swatch.style.backgroundColor = color;
  swatch.style.border = '1px solid #52606d';
  return swatch;
}

function withAlpha(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
