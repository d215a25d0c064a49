package cn.onegrid.geo;

/** What is too small to matter on the ground, in a metric CRS. */
public final class Tolerance {

  /** Areas below this many m² are floating-point dust, not findings. */
  public static final double AREA = 0.01;

  /**
   * Pieces narrower than this many metres are artefacts, not findings: a straight edge of a
   * kilometre drawn in degrees bows by centimetres when projected to metres, so children that tile
   * their parent exactly in degrees leave hairline gaps and overhangs in the metric CRS.
   */
  public static final double DUST_WIDTH = 0.1;

  /** Lines within this many metres count as the same border. */
  public static final double BORDER = 0.01;

  /** Default width, in metres, below which a part is a sliver. */
  public static final double SLIVER_WIDTH = 2.0;

  private Tolerance() {}
}
