package cn.onegrid.geo.coverage;

import cn.onegrid.geo.Region;
import java.util.List;

/**
 * Walking-radius catchments: the disc a patrol reaches from its post. A straight-line radius, not a
 * street-network distance: it overstates reach across rivers and walls.
 */
public final class Catchments {

  /** The default walking radius, in metres. */
  public static final double DEFAULT_RADIUS = 300;

  /** Segments per quarter circle: keeps areas within 0.1% of a true circle. */
  private static final int QUADRANT_SEGMENTS = 32;

  private Catchments() {}

  /**
   * @param sites each post's location (a point, in metres), keyed by post id
   * @param radius the walking radius in metres, positive
   * @return one disc per post, keyed like the input, in id order
   */
  public static List<Region> around(List<Region> sites, double radius) {
    if (!(radius > 0)) {
      throw new IllegalArgumentException("radius must be positive, got " + radius);
    }
    return Region.sorted(sites).stream()
        .map(site -> new Region(site.id(), site.shape().buffer(radius, QUADRANT_SEGMENTS)))
        .toList();
  }
}
