// A post's week as a grid of 2-hour slots (rows) by weekday (columns). Pressing on a slot and
// dragging paints every slot passed over with the chosen people, or clears them when the first
// slot already had exactly those people; a tap (on a phone) or Enter does the same for one slot.
// Flagged slots (nobody serving, someone in two places) are marked.
import { el } from '../dom.js';
import { t } from '../i18n.js';

const HOURS = Array.from({ length: 12 }, (_, i) => i * 2);
const DAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * slots: [{weekday, start, end, people}]; names: id → name; flags: the post's; brush: ids who serve
 * what is painted; onChange(slots): the week after a stroke.
 */
export function weekGrid(slots, { names, flags, brush, onChange }) {
  let stroke = null; // {paint, cells: Set of 'weekday/hour'} while a pointer is down
  const end = (apply) => {
    document.removeEventListener('pointerup', finish);
    const done = stroke;
    stroke = null;
    if (apply && done?.cells.size) {
      onChange(repaint(slots, done.cells, done.paint ? brush : null));
    }
  };
  const finish = () => end(true);
  const touch = (cell) => {
    stroke.cells.add(cell.dataset.cell);
    cell.dataset.painting = stroke.paint ? 'paint' : 'clear';
  };
  const cells = HOURS.map((hour) => el('tr', {},
    el('th', { scope: 'row' }, `${pad(hour)}–${pad(hour + 2)}`),
    DAYS.map((weekday) => {
      const serving = slots.filter((s) => covers(s, weekday, hour));
      const people = [...new Set(serving.flatMap((s) => s.people))];
      const flagged = flags.find((f) => f.weekday && covers(f, weekday, hour)); // a flag's time may be its overlap
      const cell = el('button', {
        type: 'button', className: 'og-slot',
        title: people.map((id) => names.get(id) ?? id).join(t('list.separator')) || null,
        'aria-label': t('posts.slot', { day: t(`weekday.${weekday}`), from: pad(hour), to: pad(hour + 2) }),
        'aria-pressed': String(serving.length > 0),
        dataset: {
          cell: `${weekday}/${hour}`, people: String(people.length), key: `slot-${weekday}-${hour}`,
          ...(flagged ? { flag: flagged.kind } : {}),
        },
      }, serving.length ? String(people.length) : '');
      cell.addEventListener('pointerdown', (event) => {
        if (event.button !== 0) {
          return;
        }
        stroke = { paint: !same(people, brush), cells: new Set() };
        touch(cell);
        document.addEventListener('pointerup', finish);
        if (event.pointerType === 'mouse') {
          event.preventDefault(); // no text selection while brushing
        }
      });
      cell.addEventListener('pointerenter', () => stroke && touch(cell));
      cell.addEventListener('pointercancel', () => end(false)); // a phone scrolled instead
      cell.addEventListener('click', (event) => {
        if (event.detail === 0) { // the keyboard's click: one slot
          onChange(repaint(slots, new Set([cell.dataset.cell]), same(people, brush) ? null : brush));
        }
      });
      return el('td', {}, cell);
    })));
  return el('table', { className: 'og-week' },
    el('thead', {}, el('tr', {}, el('th', {}), DAYS.map((d) => el('th', { scope: 'col', title: t(`weekday.${d}`) }, t(`posts.day.${d}`))))),
    el('tbody', {}, cells));
}

/** The week with the cells cleared, then painted with people (null: only cleared). */
function repaint(slots, cells, people) {
  const hit = (s) => [...cells].some((c) => covers(s, ...c.split('/').map(Number)));
  const kept = slots.filter((s) => !hit(s));
  const added = people ? [...cells].map((c) => {
    const [weekday, hour] = c.split('/').map(Number);
    return { weekday, start: `${pad(hour)}:00`, end: `${pad(hour + 2)}:00`, people: [...people] };
  }) : [];
  return [...kept, ...added].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
}

/** Whether slot s (start and end as HH:MM) overlaps the two hours from hour on weekday. */
function covers(s, weekday, hour) {
  return s.weekday === weekday && hourOf(s.start) < hour + 2 && hourOf(s.end) > hour;
}

function hourOf(time) {
  const [h, m] = time.split(':').map(Number);
  return h + m / 60;
}

function same(a, b) {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function pad(hour) {
  return String(hour).padStart(2, '0');
}
