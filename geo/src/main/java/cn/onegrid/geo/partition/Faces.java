package cn.onegrid.geo.partition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The faces of a planar arrangement of lines, and their merging back into cells: the common core of
 * every partition here. Two faces that share an edge share its vertices, so any grouping of faces
 * merged with {@link CoverageUnion} is a clean coverage.
 */
final class Faces {

  private Faces() {}

  /**
   * Nodes the lines together and returns every face they enclose. With a floating precision model
   * the lines are noded where they are (robust overlay); with a fixed one they are snap-rounded to
   * its grid, so every output vertex lies on the grid.
   *
   * @param lines linear geometries, in any order
   * @param factory the factory (precision model, SRID) of the faces
   */
  static List<Polygon> of(List<Geometry> lines, GeometryFactory factory) {
    Geometry noded =
        factory.getPrecisionModel().isFloating()
            ? OverlayNGRobust.union(lines, factory)
            : UnaryUnionNG.union(lines, factory, factory.getPrecisionModel());
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(noded);
    @SuppressWarnings("unchecked")
    Collection<Polygon> faces = polygonizer.getPolygons();
    return List.copyOf(faces);
  }

  /** A point strictly inside the face, or empty for a face too thin to have one. */
  static Optional<Coordinate> interiorPoint(Polygon face) {
    Point point = face.getInteriorPoint();
    return point.isEmpty() ? Optional.empty() : Optional.of(point.getCoordinate());
  }

  /** One empty face list per cell, to be filled by index. */
  static List<List<Polygon>> buckets(int cells) {
    List<List<Polygon>> buckets = new ArrayList<>(cells);
    for (int i = 0; i < cells; i++) {
      buckets.add(new ArrayList<>());
    }
    return buckets;
  }

  /**
   * Merges the faces of each cell, in cell order; a cell without faces becomes an empty polygon.
   * Each cell is normalized (ring orientation and start point), which keeps its vertices.
   */
  static List<Geometry> merge(List<List<Polygon>> facesPerCell, GeometryFactory factory) {
    List<Geometry> cells = new ArrayList<>(facesPerCell.size());
    for (List<Polygon> faces : facesPerCell) {
      Geometry cell =
          faces.isEmpty()
              ? factory.createPolygon()
              : CoverageUnion.union(faces.toArray(new Geometry[0]));
      cell.normalize();
      cells.add(cell);
    }
    return List.copyOf(cells);
  }
}
