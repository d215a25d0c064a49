package cn.onegrid.geo.partition;

import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Test fixtures: WKT in, normalized geometry out; coverage checks shared by the tests. */
final class Wkt {

  private Wkt() {}

  static Geometry read(String wkt) {
    try {
      Geometry geometry = new WKTReader().read(wkt);
      geometry.normalize();
      return geometry;
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  /** True when the cells form a clean coverage: no overlap, no unmatched border vertex. */
  static boolean isCleanCoverage(Iterable<Geometry> cells) {
    Geometry[] array = toArray(cells);
    return !CoverageValidator.hasInvalidResult(CoverageValidator.validate(array, 0.0));
  }

  /** Area of the symmetric difference between the union of the cells and the area, per area. */
  static double relativeUnionError(Iterable<Geometry> cells, Geometry area) {
    Geometry union = CoverageUnion.union(toArray(cells));
    return union.symDifference(area).getArea() / area.getArea();
  }

  private static Geometry[] toArray(Iterable<Geometry> cells) {
    java.util.List<Geometry> list = new java.util.ArrayList<>();
    cells.forEach(list::add);
    return list.toArray(new Geometry[0]);
  }
}
