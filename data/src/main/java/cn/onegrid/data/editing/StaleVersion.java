package cn.onegrid.data.editing;

/** A write based on a version that is no longer current: nothing was written. */
public final class StaleVersion extends RuntimeException {

  private final int current;

  public StaleVersion(String what, int expected, int current) {
    super(what + " is at version " + current + ", not " + expected + ": reload it and edit again");
    this.current = current;
  }

  /** The version now stored. */
  public int current() {
    return current;
  }
}
