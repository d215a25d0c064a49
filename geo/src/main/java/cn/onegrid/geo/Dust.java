package cn.onegrid.geo;

import java.util.List;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Pieces too small or too thin to be anything but arithmetic and projection noise: below {@link
 * Tolerance#AREA}, or narrower than {@link Tolerance#DUST_WIDTH}. Overlays of shapes that meet
 * exactly in degrees leave such hairlines once projected to metres; nobody should be told of them.
 */
public final class Dust {

  private Dust() {}

  public static boolean is(Polygon piece) {
    if (piece.getArea() < Tolerance.AREA) {
      return true;
    }
    double tolerance = Math.max(0.001, Math.sqrt(piece.getArea()) / 10_000);
    double radius = new MaximumInscribedCircle(piece, tolerance).getRadiusLine().getLength();
    return 2 * radius < Tolerance.DUST_WIDTH;
  }

  /** The polygons of geometry that are not dust, as one geometry (empty when all are). */
  public static Geometry without(Geometry geometry) {
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
    return geometry.getFactory().buildGeometry(polygons.stream().filter(p -> !is(p)).toList());
  }
}
