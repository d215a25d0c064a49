package cn.onegrid.data.people;

import java.util.Arrays;

/**
 * Database ids numbered 0, 1, 2 … in the order they are added, for arrays indexed by that number.
 * Ids from a sequence are small and dense: those are positions in an array indexed by the id
 * itself; any other goes to an open-addressing hash of primitive longs. A map of boxed ids costs
 * the whole-city table's hundreds of thousands of rows an object or two each, and the hash alone a
 * cache miss per look-up (bench/README.md, PeopleBenchmark).
 */
final class IdPositions {

  private static final long EMPTY = Long.MIN_VALUE;

  /** The direct array covers ids below it while it holds at least one id in this many places. */
  private static final int SPARSEST = 8;

  /** Position + 1 by id, 0 when not added there. */
  private int[] direct = new int[1024];

  private long[] ids = new long[1024];
  private int[] positions = new int[1024];
  private int hashed;
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
    int known = of(id);
    if (known >= 0) {
      return known;
    }
    if (id >= 0 && id >= direct.length && id < (long) SPARSEST * (size + 1) + 1024) {
      direct = Arrays.copyOf(direct, (int) Math.max(id + 1, 2L * direct.length));
    }
    if (id >= 0 && id < direct.length) {
      direct[(int) id] = size + 1;
      return size++;
    }
    if (2 * (hashed + 1) > ids.length) {
      grow();
    }
    int at = slot(id);
    ids[at] = id;
    positions[at] = size;
    hashed++;
    return size++;
  }

  /** The position of {@code id}, or -1 if it was not added. */
  int of(long id) {
    if (id >= 0 && id < direct.length && direct[(int) id] > 0) {
      return direct[(int) id] - 1;
    }
    if (hashed == 0) {
      return -1;
    }
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
