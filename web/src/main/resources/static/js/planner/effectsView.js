// The before → after figures of planner mode: for each committee an edit touches, coverage (by
// areas and within walking reach of a post), gap, overlap, the largest blind spot and the area of
// each post, as they are and as they would be.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { metres, percent, squareMetres } from '../analysisText.js';

const FIGURES = [
  { id: 'coverage', of: (f) => f.coverageRatio, format: percent, better: 1 },
  { id: 'catchment', of: (f) => f.catchmentRatio, format: percent, better: 1 }, // moves with posts
  { id: 'gap', of: (f) => f.gapM2, format: squareMetres, better: -1 },
  { id: 'overlap', of: (f) => f.overlapM2, format: squareMetres, better: -1 },
  { id: 'blindSpot', of: (f) => f.blindSpotRadiusM, format: metres, better: -1 },
];

/**
 * A table per effect ({committee, before, after}); names: code → name of committees and posts;
 * edited: the post being edited (its row is marked); columns: message keys of the two columns.
 */
export function effectsView(effects, { names = new Map(), edited = null,
  columns = ['effects.before', 'effects.after'] } = {}) {
  return (effects || []).map((effect) => el('table', {
    className: 'og-effects', dataset: { committee: effect.committee },
  },
  el('caption', {}, names.get(effect.committee) ?? effect.committee),
  el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('effects.figure')),
    columns.map((key) => el('th', { scope: 'col' }, t(key))))),
  el('tbody', {},
    FIGURES.map((figure) => row(figure, effect, t(`effects.${figure.id}`))),
    postRows(effect, names, edited))));
}

function row(figure, { before, after }, label, extra = {}) {
  const a = figure.of(before);
  const b = figure.of(after);
  const change = Math.abs(b - a) < 1e-9 ? 'same' // posts' areas are neither better nor worse
    : figure.better === 0 ? (b > a ? 'more' : 'less')
      : (b - a) * figure.better > 0 ? 'better' : 'worse';
  return el('tr', { dataset: { figure: figure.id, change }, ...extra },
    el('th', { scope: 'row' }, label),
    el('td', { dataset: { value: 'before' } }, el('span', { className: 'og-value' }, figure.format(a))),
    el('td', { dataset: { value: 'after' } }, el('span', { className: 'og-value' }, figure.format(b)),
      change === 'same' ? null : el('span', { className: 'og-change' },
        ` ${b > a ? '▲' : '▼'}`, el('span', { className: 'og-visually-hidden' }, t(`effects.${change}`)))));
}

/** The balance between posts: each post's area, the edited one marked. */
function postRows({ before, after }, names, edited) {
  const codes = [...new Set([...Object.keys(before.postAreaM2), ...Object.keys(after.postAreaM2)])]
    .sort();
  if (codes.length === 0) {
    return null;
  }
  return [
    el('tr', { className: 'og-effects-group' },
      el('th', { scope: 'rowgroup', colspan: '3' }, t('effects.posts'))),
    codes.map((code) => row({
      id: 'post', of: (f) => f.postAreaM2[code] ?? 0, format: squareMetres, better: 0,
    }, { before, after }, code === edited
      ? [names.get(code) ?? code, el('span', { className: 'og-tag' }, t('effects.editing'))]
      : names.get(code) ?? code,
    { className: code === edited ? 'og-edited' : null, 'data-post': code })),
  ];
}
