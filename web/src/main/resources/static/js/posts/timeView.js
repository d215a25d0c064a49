// Coverage by time in the draft's preview: per committee the night's coverage, the slots nobody
// covers and the last quarter's reports that came in with nobody on duty, published → planned, and
// the week's 84 slots as two small heat grids side by side.
import { el } from '../dom.js';
import { number, t } from '../i18n.js';
import { percent } from '../analysisText.js';

const FIGURES = [
  { id: 'night', of: (f) => f.nightCoverage, format: percent, better: 1 },
  { id: 'emptySlots', of: (f) => f.slotsWithoutCover, format: number, better: -1 },
  { id: 'offDutyReports', of: (f) => f.reportsOffDuty, format: number, better: -1 },
];

/** effects: the plan's, with time figures once the server counts them; names: code → name. */
export function timeView(effects, names) {
  return (effects || []).filter((e) => e.after.slotRatios).map((e) => el('div', { dataset: { time: e.committee } },
    el('table', { className: 'og-effects' },
      el('caption', {}, t('posts.byTime', { committee: names.get(e.committee) ?? e.committee })),
      el('tbody', {}, FIGURES.filter((f) => Number.isFinite(f.of(e.after))).map((figure) => row(figure, e)))),
    el('div', { className: 'og-heats' }, [['plan.published', e.before], ['plan.planned', e.after]]
      .map(([key, figures]) => heat(t(key), figures.slotRatios)))));
}

function row({ id, of, format, better }, { before, after }) {
  const a = of(before);
  const b = of(after);
  const change = Math.abs(b - a) < 1e-9 ? 'same' : (b - a) * better > 0 ? 'better' : 'worse';
  return el('tr', { dataset: { figure: id, change } },
    el('th', { scope: 'row' }, t(`posts.figure.${id}`)),
    el('td', { dataset: { value: 'before' } }, format(a)),
    el('td', { dataset: { value: 'after' } }, format(b),
      change === 'same' ? null : ` ${b > a ? '▲' : '▼'}`));
}

/** The week's slots (Monday 00–02 first) as a grid: a row per 2 hours, a column per day. */
function heat(title, ratios) {
  return el('figure', { className: 'og-heat' }, el('figcaption', {}, title),
    el('div', { className: 'og-heat-grid', role: 'img', 'aria-label': title },
      Array.from({ length: 84 }, (_, i) => {
        const r = ratios[(i % 7) * 12 + Math.floor(i / 7)]; // drawn row by row: hour, then day
        return el('span', { dataset: { level: r <= 0 ? '0' : r < 0.5 ? '1' : r < 1 ? '2' : '3' } });
      })));
}
