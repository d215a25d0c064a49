package cn.onegrid.data.people;

import java.util.Arrays;

/**
 * Database ids numbered 0, 1, 2 … in the order they are added, for arrays indexed by that number:
 * an open-addressing hash of primitive longs, as a map of boxed ids costs the whole-city table's
 * hundreds of thousands of rows an object or two each (bench/README.md, PeopleBenchmark).
 */
final class IdPositions {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] ids = new long[1024];
  private int[] positions = new int[1024];
  private int size;

  IdPositions() {
    Arrays.fill(ids, EMPTY);
  }

  /** How many ids were added. */
  int size() {
    return size;
  }

  /** The position of {@code id}, a new one (the size before) if it was not added yet. */
  int add(long id) {
    if (id == EMPTY) {
      throw new IllegalArgumentException("id " + id);
    }
    if (2 * (size + 1) > ids.length) {
      grow();
    }
    int at = slot(id);
    if (ids[at] != id) {
      ids[at] = id;
      positions[at] = size++;
    }
    return positions[at];
  }

  /** The position of {@code id}, or -1 if it was not added. */
  int of(long id) {
    int at = slot(id);
    return ids[at] == id ? positions[at] : -1;
  }

  /** Where {@code id} is, or the empty place where it would go (the table is never full). */
  private int slot(long id) {
    int mask = ids.length - 1;
    int at = (int) mix(id) & mask;
    while (ids[at] != EMPTY && ids[at] != id) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private void grow() {
    long[] oldIds = ids;
    int[] oldPositions = positions;
    ids = new long[oldIds.length * 2];
    positions = new int[oldIds.length * 2];
    Arrays.fill(ids, EMPTY);
    for (int i = 0; i < oldIds.length; i++) {
      if (oldIds[i] != EMPTY) {
        int at = slot(oldIds[i]);
        ids[at] = oldIds[i];
        positions[at] = oldPositions[i];
      }
    }
  }

  /** Spreads sequential ids over the table (MurmurHash3's 64-bit finaliser). */
  private static long mix(long id) {
    long z = id;
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93fe53ec97bL;
    return z ^ (z >>> 33);
  }
}
