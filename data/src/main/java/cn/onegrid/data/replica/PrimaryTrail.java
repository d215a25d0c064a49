package cn.onegrid.data.replica;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Where the primary's log was, as seen over time, so as to ask where it was a while ago: a standby
 * that has not replayed that far is further behind than readers may be. Keeps only what that
 * question needs (the newest position at least the window old, and those since). Not thread-safe:
 * the watch thread alone uses it.
 */
final class PrimaryTrail {

  private record Seen(long nanos, Lsn position) {}

  private final long windowNanos;
  private final ArrayDeque<Seen> seen = new ArrayDeque<>();

  PrimaryTrail(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  void saw(long nanos, Lsn position) {
    seen.addLast(new Seen(nanos, position));
    while (seen.size() > 1) {
      Iterator<Seen> oldest = seen.iterator();
      oldest.next();
      if (nanos - oldest.next().nanos() < windowNanos) {
        return;
      }
      seen.removeFirst();
    }
  }

  /** Where the primary was at least the window before {@code nanos}; null if not seen then. */
  Lsn windowBefore(long nanos) {
    Seen first = seen.peekFirst();
    return first != null && nanos - first.nanos() >= windowNanos ? first.position() : null;
  }
}
