// Reads a hot-spot tile (Mapbox Vector Tile 2.1, protocol buffers) as ST_AsMVT writes it: each
// point's place in the tile, scaled to 256 px, and its count. Nothing else of the format is read.

/** [{x, y, count}] of every point feature in the tile's layers. */
export function hotSpotPoints(buffer) {
  const bytes = new Uint8Array(buffer);
  const points = [];
  fields(bytes, 0, bytes.length, (field, start, end) => field === 3 && layer(bytes, start, end, points));
  return points;
}

function layer(bytes, start, end, points) {
  const keys = [];
  const values = [];
  const features = [];
  let extent = 4096;
  fields(bytes, start, end, (field, from, to, value) => {
    if (field === 2) {
      features.push([from, to]);
    } else if (field === 3) {
      keys.push(new TextDecoder().decode(bytes.subarray(from, to)));
    } else if (field === 4) {
      fields(bytes, from, to, (kind, a, b, number) => values.push(kind === 6 ? unzigzag(number) : number));
    } else if (field === 5) {
      extent = value;
    }
  });
  for (const [from, to] of features) {
    let tags = [];
    let geometry = [];
    fields(bytes, from, to, (field, a, b) => {
      if (field === 2) {
        tags = packed(bytes, a, b);
      } else if (field === 4) {
        geometry = packed(bytes, a, b);
      }
    });
    let count = 1;
    for (let i = 0; i + 1 < tags.length; i += 2) {
      if (keys[tags[i]] === 'count') {
        count = values[tags[i + 1]];
      }
    }
    if ((geometry[0] & 7) === 1) { // MoveTo: a point (the first of a multipoint is enough here)
      points.push({ x: unzigzag(geometry[1]) * 256 / extent, y: unzigzag(geometry[2]) * 256 / extent, count });
    }
  }
}

/** Calls visit(field, start, end, varint) for each field in [start, end). */
function fields(bytes, start, end, visit) {
  const at = { i: start };
  while (at.i < end) {
    const key = varint(bytes, at);
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) {
      visit(field, at.i, at.i, varint(bytes, at));
    } else if (wire === 2) {
      const length = varint(bytes, at);
      visit(field, at.i, at.i + length, length);
      at.i += length;
    } else {
      const view = new DataView(bytes.buffer, bytes.byteOffset + at.i);
      visit(field, at.i, at.i, wire === 1 ? view.getFloat64(0, true) : view.getFloat32(0, true));
      at.i += wire === 1 ? 8 : 4;
    }
  }
}

function packed(bytes, start, end) {
  const at = { i: start };
  const out = [];
  while (at.i < end) {
    out.push(varint(bytes, at));
  }
  return out;
}

function varint(bytes, at) {
  let value = 0;
  let scale = 1;
  let byte;
  do {
    byte = bytes[at.i++];
    value += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  return value;
}

function unzigzag(n) {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}
