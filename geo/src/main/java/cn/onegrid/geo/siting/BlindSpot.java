package cn.onegrid.geo.siting;

import java.util.List;
import org.locationtech.jts.algorithm.construct.LargestEmptyCircle;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * The largest blind spot of a committee: centre and radius of the largest circle centred inside the
 * committee that holds no post (JTS {@link LargestEmptyCircle}, the committee as its boundary).
 * With no post at all, the largest circle inside the committee ({@link MaximumInscribedCircle}).
 *
 * @param centre the suggested place for a new post
 * @param radius distance from there to the nearest post (or, with none, to the border), metres
 */
public record BlindSpot(Point centre, double radius) {

  /** Search tolerance: the centre is within this many metres of the true optimum. */
  public static final double TOLERANCE = 1.0;

  /**
   * @param committee polygonal, in metres, not empty
   * @param posts the post locations, in metres
   */
  public static BlindSpot of(Geometry committee, List<Point> posts) {
    if (committee.isEmpty()) {
      throw new IllegalArgumentException("A committee with no area has no blind spot");
    }
    if (posts.isEmpty()) {
      MaximumInscribedCircle circle = new MaximumInscribedCircle(committee, TOLERANCE);
      return new BlindSpot(circle.getCenter(), length(circle.getRadiusLine()));
    }
    Geometry obstacles = committee.getFactory().buildGeometry(posts);
    LargestEmptyCircle circle = new LargestEmptyCircle(obstacles, committee, TOLERANCE);
    return new BlindSpot(circle.getCenter(), length(circle.getRadiusLine()));
  }

  private static double length(LineString radiusLine) {
    return radiusLine.getLength();
  }
}
