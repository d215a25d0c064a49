package cn.onegrid.data.sample;

import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Coverage checks shared by the sample-data tests. */
final class Coverages {

  private Coverages() {}

  /** No overlap and every shared border matched vertex for vertex (gap width 0). */
  static boolean isClean(List<? extends Geometry> cells) {
    Geometry[] array = cells.toArray(new Geometry[0]);
    return !CoverageValidator.hasInvalidResult(CoverageValidator.validate(array, 0.0));
  }

  /** Area of the symmetric difference of the union of the cells and the area, per area. */
  static double unionError(List<? extends Geometry> cells, Geometry area) {
    Geometry union = CoverageUnion.union(cells.toArray(new Geometry[0]));
    return union.symDifference(area).getArea() / area.getArea();
  }

  /** True when every coordinate has at most 7 decimals. */
  static boolean onSevenDecimalGrid(Geometry geometry) {
    for (Coordinate c : geometry.getCoordinates()) {
      if (Math.rint(c.x * 1e7) / 1e7 != c.x || Math.rint(c.y * 1e7) / 1e7 != c.y) {
        return false;
      }
    }
    return true;
  }
}
