// Where to put a polygon's label: inside it, near its middle. The centroid of the largest part
// when that lies inside; otherwise the middle of the widest inside stretch of the horizontal line
// through the centroid (concave shapes such as a C).

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum / 2;
}

function ringCentroid(ring) {
  const area = ringArea(ring);
  if (area === 0) {
    return ring[0];
  }
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  return [x / (6 * area), y / (6 * area)];
}

/** The x coordinates where the rings (outer and holes) cross the horizontal line at y, sorted. */
function crossings(rings, y) {
  const xs = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j];
      const [x2, y2] = ring[i];
      if ((y1 > y) !== (y2 > y)) {
        xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
  }
  return xs.sort((a, b) => a - b);
}

/** [lng, lat] for the label of a GeoJSON Polygon or MultiPolygon geometry, or null. */
export function labelPoint(geometry) {
  const polygons = geometry?.type === 'Polygon' ? [geometry.coordinates]
    : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
  if (polygons.length === 0) {
    return null;
  }
  const largest = polygons.reduce((best, polygon) =>
    (Math.abs(ringArea(polygon[0])) > Math.abs(ringArea(best[0])) ? polygon : best));
  const [cx, cy] = ringCentroid(largest[0]);
  const xs = crossings(largest, cy);
  let best = null;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (cx >= xs[i] && cx <= xs[i + 1]) {
      return [cx, cy];
    }
    if (!best || xs[i + 1] - xs[i] > best[1] - best[0]) {
      best = [xs[i], xs[i + 1]];
    }
  }
  return best ? [(best[0] + best[1]) / 2, cy] : [cx, cy];
}
