// Which micro-grids a post's area is painted with now: those whose inner point (where their label
// would go) lies inside the area. An area drawn freely may follow no grid: then none.
import { labelPoint } from '../labelPoint.js';

/** The Set of codes of grids ([{code, geometry}]) inside area (GeoJSON geometry or null). */
export function paintedBy(grids, area) {
  const polygons = area?.type === 'Polygon' ? [area.coordinates]
    : area?.type === 'MultiPolygon' ? area.coordinates : [];
  return new Set(grids.filter((grid) => {
    const point = labelPoint(grid.geometry);
    return point && polygons.some((rings) => inside(rings, point));
  }).map((grid) => grid.code));
}

/** Even-odd rule over all rings (outer and holes) of one polygon. */
function inside(rings, [x, y]) {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j];
      const [x2, y2] = ring[i];
      if ((y1 > y) !== (y2 > y) && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) {
        odd = !odd;
      }
    }
  }
  return odd;
}
