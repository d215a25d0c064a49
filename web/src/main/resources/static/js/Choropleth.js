// Committees coloured by an indicator: {id, title, value, unit, byCommittee: {code: value}}.
// Values fall into up to five quantile classes of a colour-blind-safe sequential ramp; a
// committee with no value is white. Without an indicator the committees keep their neutral style.
import { NO_DATA_FILL, SEQUENTIAL } from './palette.js';

export class Choropleth {
  constructor(indicator) {
    this.indicator = indicator;
    const values = Object.values(indicator.byCommittee || {})
      .filter((v) => typeof v === 'number' && Number.isFinite(v))
      .sort((a, b) => a - b);
    this._breaks = quantileBreaks(values, SEQUENTIAL.length);
  }

  /** The fill colour of the committee with this code. */
  colorFor(code) {
    const value = this.valueOf(code);
    if (value === null) {
      return NO_DATA_FILL;
    }
    const index = this._breaks.findIndex((b) => value <= b.to);
    return this._breaks[index === -1 ? this._breaks.length - 1 : index].color;
  }

  /** The committee's value, or null. */
  valueOf(code) {
    const value = this.indicator.byCommittee?.[code];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }

  /** The legend's classes: [{color, from, to}], lowest first. */
  get classes() {
    return this._breaks;
  }
}

/** Up to n classes over sorted values, each {from, to, color}; fewer when values repeat. */
function quantileBreaks(sorted, n) {
  if (sorted.length === 0) {
    return [];
  }
  const uppers = [];
  for (let i = 1; i <= n; i += 1) {
    const upper = sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / n) - 1)];
    if (uppers.length === 0 || upper > uppers[uppers.length - 1]) {
      uppers.push(upper);
    }
  }
  const last = SEQUENTIAL.length - 1;
  const colorAt = (i) => (uppers.length === 1 ? SEQUENTIAL[Math.floor(last / 2)]
    : SEQUENTIAL[Math.round((i * last) / (uppers.length - 1))]);
  return uppers.map((to, i) => ({ from: i === 0 ? sorted[0] : uppers[i - 1], to, color: colorAt(i) }));
}
