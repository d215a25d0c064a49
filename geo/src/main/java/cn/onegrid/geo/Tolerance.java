package cn.onegrid.geo;

/** What is too small to matter on the ground, in a metric CRS. */
public final class Tolerance {

  /** Areas below this many m² are floating-point dust, not findings. */
  public static final double AREA = 0.01;

  /** Lines within this many metres count as the same border. */
  public static final double BORDER = 0.01;

  /** Default width, in metres, below which a part is a sliver. */
  public static final double SLIVER_WIDTH = 2.0;

  private Tolerance() {}
}
