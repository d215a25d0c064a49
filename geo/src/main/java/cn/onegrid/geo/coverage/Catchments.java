package cn.onegrid.geo.coverage;

import cn.onegrid.geo.Region;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

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

  /**
   * The share of the committee within walking distance of some post: the covered ratio of {@link
   * PostCoverage#of} on the {@link #around} discs, without its overlaps, gaps and shares. One union
   * of the discs, clipped to the committee once, instead of a clip per disc and an overlay per
   * pair. (It keeps discs whose part inside is under {@link cn.onegrid.geo.Tolerance#AREA} m²,
   * which {@code PostCoverage} drops: at most that much per post.)
   *
   * @param committee polygonal, in metres
   * @param sites each post's location (a point, in metres)
   * @param radius the walking radius in metres, positive
   * @return covered area over committee area, 0 for an empty committee or no post
   */
  public static double coveredRatio(Geometry committee, List<Region> sites, double radius) {
    List<Region> discs = around(sites, radius);
    double area = committee.getArea();
    if (discs.isEmpty() || !(area > 0)) {
      return 0;
    }
    Geometry union = OverlayNGRobust.union(discs.stream().map(Region::shape).toList());
    return OverlayNGRobust.overlay(union, committee, OverlayNG.INTERSECTION).getArea() / area;
  }
}
