package cn.onegrid.geo.partition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Cuts a polygonal area into one cell per seed point: the part of the area nearer to that seed than
 * to any other (its Voronoi cell, clipped to the area).
 *
 * <p>The cells form a clean coverage of the area: no gap, no overlap, every shared border has the
 * same vertices on both sides, and their union is the area (the area's own vertices are all kept;
 * new vertices appear only where cell borders meet the area's boundary). Cells are computed by
 * noding the Voronoi edges together with the area's boundary, polygonizing, keeping the faces
 * inside the area and giving each face to the seed whose Voronoi cell holds the face's interior
 * point.
 *
 * <p>Distances are Euclidean in the input's coordinates: pass a metric frame (metres) to get cells
 * that look right on the ground. A cell is a Polygon, or a MultiPolygon where a concave area
 * separates pieces of one Voronoi cell; a seed whose Voronoi cell misses the area (a seed outside
 * the area, far away) gets an empty polygon. Output is deterministic and normalized.
 */
public final class VoronoiPartition {

  private VoronoiPartition() {}

  /**
   * Partitions {@code area} around {@code seeds}.
   *
   * @param area a valid, non-empty polygonal geometry; its factory is used for the cells
   * @param seeds distinct points, usually inside the area
   * @return the cells, one per seed, in seed order (an immutable list)
   * @throws IllegalArgumentException if the area is not polygonal or empty, or seeds are missing or
   *     repeated
   */
  public static List<Geometry> of(Geometry area, List<Coordinate> seeds) {
    checkArguments(area, seeds);
    if (seeds.size() == 1) {
      Geometry whole = area.copy();
      whole.normalize();
      return List.of(whole);
    }
    GeometryFactory factory = area.getFactory();
    List<Geometry> voronoi = voronoiCells(area, seeds);
    List<Geometry> lines = new ArrayList<>(voronoi.size() + 1);
    lines.add(area.getBoundary());
    voronoi.forEach(cell -> lines.add(cell.getBoundary()));
    IndexedPointInAreaLocator inArea = new IndexedPointInAreaLocator(area);
    AreaIndex byCell = new AreaIndex(voronoi);
    List<List<Polygon>> assigned = Faces.buckets(seeds.size());
    for (Polygon face : Faces.of(lines, factory)) {
      Faces.interiorPoint(face)
          .filter(p -> inArea.locate(p) != Location.EXTERIOR)
          .ifPresent(p -> assigned.get(seedOf(p, byCell, seeds)).add(face));
    }
    return Faces.merge(assigned, factory);
  }

  /**
   * The Voronoi cells of the seeds, in seed order. Eight guard sites far around the area and the
   * seeds (three times their extent away) make every seed's cell bounded and cover the area, so the
   * cells come straight from the triangulation, with no clipping overlay.
   */
  private static List<Geometry> voronoiCells(Geometry area, List<Coordinate> seeds) {
    Envelope extent = new Envelope(area.getEnvelopeInternal());
    seeds.forEach(extent::expandToInclude);
    double reach = 3 * Math.max(extent.getDiameter(), 1.0);
    List<Coordinate> sites = new ArrayList<>(seeds);
    for (double fx : new double[] {0, 0.5, 1}) {
      for (double fy : new double[] {0, 0.5, 1}) {
        if (fx != 0.5 || fy != 0.5) {
          sites.add(
              new Coordinate(
                  extent.getMinX() - reach + fx * (extent.getWidth() + 2 * reach),
                  extent.getMinY() - reach + fy * (extent.getHeight() + 2 * reach)));
        }
      }
    }
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(sites);
    Map<Coordinate, Integer> seedIndex = new HashMap<>();
    for (int i = 0; i < seeds.size(); i++) {
      seedIndex.put(seeds.get(i), i);
    }
    Geometry[] cells = new Geometry[seeds.size()];
    for (Object cell : builder.getSubdivision().getVoronoiCellPolygons(area.getFactory())) {
      Integer seed = seedIndex.get((Coordinate) ((Geometry) cell).getUserData());
      if (seed != null) {
        cells[seed] = (Geometry) cell;
      }
    }
    for (Geometry cell : cells) {
      if (cell == null) {
        throw new IllegalStateException("the triangulation lost a seed");
      }
    }
    return List.of(cells);
  }

  /**
   * The seed of the Voronoi cell holding the point; the nearest seed if rounding put it nowhere.
   */
  private static int seedOf(Coordinate point, AreaIndex byCell, List<Coordinate> seeds) {
    int cell = byCell.containing(point);
    if (cell >= 0) {
      return cell;
    }
    int nearest = 0;
    for (int i = 1; i < seeds.size(); i++) {
      if (seeds.get(i).distance(point) < seeds.get(nearest).distance(point)) {
        nearest = i;
      }
    }
    return nearest;
  }

  private static void checkArguments(Geometry area, List<Coordinate> seeds) {
    if (!(area instanceof Polygonal) || area.isEmpty()) {
      throw new IllegalArgumentException("area must be a non-empty Polygon or MultiPolygon");
    }
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("at least one seed is needed");
    }
    if (new HashSet<>(seeds).size() != seeds.size()) {
      throw new IllegalArgumentException("seeds must be distinct");
    }
  }
}
