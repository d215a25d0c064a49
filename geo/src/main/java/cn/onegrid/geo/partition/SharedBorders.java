package cn.onegrid.geo.partition;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Makes polygons that tile an area only approximately share their borders vertex for vertex: the
 * result is a clean coverage that {@link org.locationtech.jts.coverage.CoverageValidator} accepts
 * and {@link org.locationtech.jts.coverage.CoverageUnion} merges exactly.
 *
 * <p>Typical inputs: the children of neighbouring parents, each partitioned on its own (two
 * committees' micro-grids meet along the committee border, but each side has its own extra vertices
 * there); or a clean coverage moved to another frame (metres to degrees), whose shared vertices
 * must also be rounded to the output grid.
 *
 * <p>The borders of all parts are noded together in the output factory's precision model: a fixed
 * model snap-rounds every vertex to its grid (a scale of 1e7 is 7 decimals), which moves borders by
 * at most half a grid cell diagonal and never makes them cross; a floating model nodes them where
 * they are. Each face of the noded borders goes to the first part (in list order) whose interior
 * holds the face's interior point, or to the nearest part within one grid cell (faces shifted out
 * of every part by rounding). Faces farther from every part are holes of the input and stay holes.
 * Overlapping parts are therefore resolved in favour of the earlier part. A part too small to
 * survive rounding comes back as an empty polygon.
 */
public final class SharedBorders {

  private SharedBorders() {}

  /**
   * Re-nodes the parts into a clean coverage.
   *
   * @param parts polygonal geometries, valid, in any coordinate system
   * @param factory the output factory: its precision model is the grid the output is rounded to,
   *     its SRID is the output's
   * @return one polygonal geometry per part, in part order, normalized (an immutable list)
   * @throws IllegalArgumentException if a part is not polygonal
   */
  public static List<Geometry> of(List<? extends Geometry> parts, GeometryFactory factory) {
    List<Geometry> lines = new ArrayList<>(parts.size());
    for (Geometry part : parts) {
      if (!(part instanceof Polygonal)) {
        throw new IllegalArgumentException(
            "parts must be polygonal, not " + part.getGeometryType());
      }
      lines.add(part.getBoundary());
    }
    double tolerance = gridCell(factory.getPrecisionModel());
    AreaIndex byPart = new AreaIndex(parts);
    List<List<Polygon>> assigned = Faces.buckets(parts.size());
    for (Polygon face : Faces.of(lines, factory)) {
      Faces.interiorPoint(face)
          .ifPresent(
              p -> {
                int part = byPart.containing(p);
                if (part < 0) {
                  part = byPart.nearest(p, tolerance);
                }
                if (part >= 0) {
                  assigned.get(part).add(face);
                }
              });
    }
    return Faces.merge(assigned, factory);
  }

  /** The size of one grid cell of the precision model; 0 when floating. */
  private static double gridCell(PrecisionModel precision) {
    return precision.isFloating() ? 0.0 : 1.0 / precision.getScale();
  }
}
