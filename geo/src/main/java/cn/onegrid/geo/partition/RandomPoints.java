package cn.onegrid.geo.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;

/**
 * Reproducible random points strictly inside a polygonal area, for seeding partitions. The points
 * depend only on the area and the state of the given {@link SplittableRandom}: the same seed gives
 * the same points. Points are drawn uniformly in the area's envelope and kept when inside
 * (rejection sampling), so an area that fills only a tiny share of its envelope is refused.
 */
public final class RandomPoints {

  /** Draws allowed per wanted point before the area is judged too thin to sample. */
  static final int MAX_DRAWS_PER_POINT = 10_000;

  /** Candidates tried per point by {@link #spread}: more means more even, and slower. */
  static final int CANDIDATES = 10;

  private RandomPoints() {}

  /**
   * Points drawn independently and uniformly inside the area.
   *
   * @param area a non-empty polygonal geometry
   * @param count how many points, at least 0
   * @param random the generator, advanced by this call
   * @return {@code count} points in the area's interior, in drawing order (an immutable list)
   * @throws IllegalArgumentException if the area is not polygonal, is empty, or is so thin that
   *     sampling fails
   */
  public static List<Coordinate> inside(Geometry area, int count, SplittableRandom random) {
    Sampler sampler = new Sampler(area, random);
    List<Coordinate> points = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      points.add(sampler.next());
    }
    return List.copyOf(points);
  }

  /**
   * Points spread evenly but irregularly over the area (Mitchell's best candidate: of {@value
   * #CANDIDATES} random candidates, each new point is the one farthest from the points so far).
   * Cost is quadratic in {@code count}; fine for a few thousand points.
   *
   * @param area a non-empty polygonal geometry
   * @param count how many points, at least 0
   * @param random the generator, advanced by this call
   * @return {@code count} distinct points in the area's interior (an immutable list)
   * @throws IllegalArgumentException as {@link #inside}
   */
  public static List<Coordinate> spread(Geometry area, int count, SplittableRandom random) {
    Sampler sampler = new Sampler(area, random);
    List<Coordinate> points = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Coordinate best = null;
      double bestDistance = -1;
      for (int c = 0; c < CANDIDATES; c++) {
        Coordinate candidate = sampler.next();
        double distance = nearestDistance(candidate, points);
        if (distance > bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
      points.add(best);
    }
    return List.copyOf(points);
  }

  private static double nearestDistance(Coordinate candidate, List<Coordinate> points) {
    double nearest = Double.POSITIVE_INFINITY;
    for (Coordinate p : points) {
      double dx = p.x - candidate.x;
      double dy = p.y - candidate.y;
      nearest = Math.min(nearest, dx * dx + dy * dy);
    }
    return nearest;
  }

  /** Rejection sampling in the envelope. */
  private static final class Sampler {
    private final Envelope envelope;
    private final IndexedPointInAreaLocator locator;
    private final SplittableRandom random;

    Sampler(Geometry area, SplittableRandom random) {
      if (!(area instanceof Polygonal) || area.isEmpty()) {
        throw new IllegalArgumentException("area must be a non-empty Polygon or MultiPolygon");
      }
      this.envelope = area.getEnvelopeInternal();
      this.locator = new IndexedPointInAreaLocator(area);
      this.random = random;
    }

    Coordinate next() {
      for (int draw = 0; draw < MAX_DRAWS_PER_POINT; draw++) {
        Coordinate p =
            new Coordinate(
                envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                envelope.getMinY() + random.nextDouble() * envelope.getHeight());
        if (locator.locate(p) == Location.INTERIOR) {
          return p;
        }
      }
      throw new IllegalArgumentException("area too thin to sample: " + envelope);
    }
  }
}
