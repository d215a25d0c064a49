package cn.onegrid.geo.editing;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;

/**
 * How many times a drawing's rings cross or touch themselves and each other, counted up to a limit.
 * Repairing a ring costs far more than linearly in its crossings (every crossing is a node, every
 * loop a face to classify), so this cheap count, O(n log n) plus the crossings counted, decides
 * whether a repair is affordable before GeometryFixer starts.
 */
final class SelfCrossings {

  private SelfCrossings() {}

  /** The crossings of the drawing's rings, or a number above limit as soon as there are more. */
  static long count(Geometry drawing, long limit) {
    List<SegmentString> rings = new ArrayList<>();
    for (Object ring : LinearComponentExtracter.getLines(drawing)) {
      rings.add(new BasicSegmentString(((LinearRing) ring).getCoordinates(), null));
    }
    Counter counter = new Counter(limit);
    new MCIndexNoder(counter).computeNodes(rings);
    return counter.crossings;
  }

  private static final class Counter implements SegmentIntersector {
    private final LineIntersector intersector = new RobustLineIntersector();
    private final long limit;
    private long crossings;

    Counter(long limit) {
      this.limit = limit;
    }

    @Override
    public void processIntersections(SegmentString a, int i, SegmentString b, int j) {
      if (a == b && i == j) {
        return;
      }
      intersector.computeIntersection(
          a.getCoordinate(i), a.getCoordinate(i + 1), b.getCoordinate(j), b.getCoordinate(j + 1));
      boolean neighbours = a == b && adjacent(i, j, a.size() - 1);
      // Neighbouring segments share their vertex; only folding back onto each other counts.
      if (neighbours ? intersector.getIntersectionNum() == 2 : intersector.hasIntersection()) {
        crossings++;
      }
    }

    private static boolean adjacent(int i, int j, int segments) {
      int apart = Math.abs(i - j);
      return apart == 1 || apart == segments - 1;
    }

    @Override
    public boolean isDone() {
      return crossings > limit;
    }
  }
}
