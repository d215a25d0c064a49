package cn.onegrid.data.editing;

import cn.onegrid.data.Refusal;

/** A write based on a version that is no longer current: nothing was written. */
public final class StaleVersion extends Refusal {

  private final int current;

  public StaleVersion(String what, int expected, int current) {
    super(
        what + " is at version " + current + ", not " + expected + ": reload it and edit again",
        "editing.stale-version",
        what,
        current,
        expected);
    this.current = current;
  }

  /** The version now stored. */
  public int current() {
    return current;
  }
}
