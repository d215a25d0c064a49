package cn.onegrid.geo.editing;

import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * An area painted from micro-grids: their dissolved union. Micro-grids tile their committee, so
 * areas painted from them never gap or overlap; CoverageUnion dissolves such a tiling exactly and
 * fast, by dropping the shared edges instead of overlaying every pair.
 */
public final class PaintedArea {

  private PaintedArea() {}

  /** The union of the micro-grids; a general overlay union when they are not a clean coverage. */
  public static Geometry union(List<Geometry> microGrids, GeometryFactory factory) {
    if (microGrids.isEmpty()) {
      return factory.createMultiPolygon();
    }
    Geometry[] grids = microGrids.toArray(Geometry[]::new);
    if (CoverageValidator.isValid(grids)) {
      return CoverageUnion.union(grids);
    }
    return OverlayNGRobust.union(microGrids);
  }
}
