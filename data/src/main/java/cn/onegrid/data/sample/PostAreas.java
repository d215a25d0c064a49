package cn.onegrid.data.sample;

import cn.onegrid.geo.partition.RandomPoints;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Where the duty posts of one committee stand and what areas they answer for. Two styles, so that
 * coverage analysis has both clean and faulty committees to find:
 *
 * <ul>
 *   <li><b>tiled</b>: each post takes whole micro-grids (its own and those nearer to it than to any
 *       other post): the areas tile the committee exactly, no gap, no overlap;
 *   <li><b>patchy</b>: each post answers for an irregular blob of 150–450 m radius around it,
 *       clipped to the committee: blobs overlap here and leave gaps there. The clip is computed on
 *       the 1e-7° grid, so where a blob meets the committee border its area may stray outside the
 *       committee by less than 1 cm.
 * </ul>
 */
final class PostAreas {

  /** A post's place and responsibility area, EPSG:4326. */
  record Placed(Point location, MultiPolygon area) {}

  static final double MIN_RADIUS_M = 150;
  static final double MAX_RADIUS_M = 450;
  static final int MAX_TRIES = 100;

  private PostAreas() {}

  /** {@code count} posts tiling the committee; at most one per micro-grid. */
  static List<Placed> tiled(
      List<MultiPolygon> micro, int count, LocalFrame frame, SplittableRandom random) {
    List<Integer> homes = new ArrayList<>();
    for (int i = 0; i < micro.size(); i++) {
      homes.add(i);
    }
    Rosters.shuffle(homes, random);
    homes = homes.subList(0, Math.min(count, micro.size()));
    List<Point> locations = new ArrayList<>();
    List<List<Geometry>> areas = new ArrayList<>();
    for (int home : homes) {
      locations.add(location(micro.get(home), frame, random));
      areas.add(new ArrayList<>(List.of(micro.get(home))));
    }
    for (int i = 0; i < micro.size(); i++) {
      if (!homes.contains(i)) {
        areas.get(nearest(micro.get(i).getInteriorPoint(), locations, frame)).add(micro.get(i));
      }
    }
    List<Placed> placed = new ArrayList<>();
    for (int p = 0; p < homes.size(); p++) {
      placed.add(new Placed(locations.get(p), Tiling.union(areas.get(p))));
    }
    return placed;
  }

  /** {@code count} posts with blob areas clipped to the committee. */
  static List<Placed> patchy(
      MultiPolygon committee, int count, LocalFrame frame, SplittableRandom random) {
    List<Placed> placed = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      Point location = location(committee, frame, random);
      Geometry blob = frame.toDegrees(blob(frame.toMetres(location.getCoordinate()), random));
      Geometry clipped =
          OverlayNG.overlay(
              LocalFrame.OUTPUT.createGeometry(blob),
              committee,
              OverlayNG.INTERSECTION,
              LocalFrame.OUTPUT.getPrecisionModel());
      @SuppressWarnings("unchecked")
      List<Polygon> parts = PolygonExtracter.getPolygons(clipped);
      placed.add(new Placed(location, Tiling.union(parts)));
    }
    return placed;
  }

  /** A random point inside the area, on the output grid, still inside after rounding. */
  private static Point location(Geometry area, LocalFrame frame, SplittableRandom random) {
    Geometry metres = frame.toMetres(area);
    for (int i = 0; i < MAX_TRIES; i++) {
      Coordinate c = frame.toOutput(RandomPoints.inside(metres, 1, random).get(0));
      Point point = LocalFrame.OUTPUT.createPoint(c);
      if (area.contains(point)) {
        return point;
      }
    }
    throw new IllegalStateException("no room for a duty post in " + area.getEnvelopeInternal());
  }

  /** A star-shaped polygon around the centre: irregular, always simple (angles increase). */
  private static Polygon blob(Coordinate centre, SplittableRandom random) {
    double radius = MIN_RADIUS_M + random.nextDouble() * (MAX_RADIUS_M - MIN_RADIUS_M);
    int vertices = 10 + random.nextInt(7);
    Coordinate[] ring = new Coordinate[vertices + 1];
    for (int k = 0; k < vertices; k++) {
      double angle = 2 * Math.PI * (k + 0.6 * (random.nextDouble() - 0.5)) / vertices;
      double r = radius * (0.6 + 0.6 * random.nextDouble());
      ring[k] = new Coordinate(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle));
    }
    ring[vertices] = ring[0].copy();
    return LocalFrame.METRES.createPolygon(ring);
  }

  private static int nearest(Point point, List<Point> locations, LocalFrame frame) {
    Coordinate p = frame.toMetres(point.getCoordinate());
    int best = 0;
    for (int i = 1; i < locations.size(); i++) {
      Coordinate a = frame.toMetres(locations.get(i).getCoordinate());
      Coordinate b = frame.toMetres(locations.get(best).getCoordinate());
      if (p.distance(a) < p.distance(b)) {
        best = i;
      }
    }
    return best;
  }
}
