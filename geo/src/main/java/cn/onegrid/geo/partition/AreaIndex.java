package cn.onegrid.geo.partition;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/** Finds which of a list of polygonal geometries holds a point: the first one, in list order. */
final class AreaIndex {

  private final List<? extends Geometry> areas;
  private final IndexedPointInAreaLocator[] locators;
  private final STRtree tree = new STRtree();

  AreaIndex(List<? extends Geometry> areas) {
    this.areas = areas;
    this.locators = new IndexedPointInAreaLocator[areas.size()];
    for (int i = 0; i < areas.size(); i++) {
      tree.insert(areas.get(i).getEnvelopeInternal(), i);
    }
  }

  /** The lowest index of an area whose interior or boundary holds the point; -1 if none. */
  int containing(Coordinate point) {
    int found = -1;
    for (int i : candidates(new Envelope(point))) {
      if ((found < 0 || i < found) && locator(i).locate(point) != Location.EXTERIOR) {
        found = i;
      }
    }
    return found;
  }

  /**
   * The lowest index among the areas nearest to the point, if within {@code tolerance} (in the
   * areas' units); -1 if none is that near.
   */
  int nearest(Coordinate point, double tolerance) {
    Envelope search = new Envelope(point);
    search.expandBy(tolerance);
    Geometry probe = areas.isEmpty() ? null : areas.get(0).getFactory().createPoint(point);
    int found = -1;
    double best = Double.POSITIVE_INFINITY;
    for (int i : candidates(search)) {
      double distance = DistanceOp.distance(areas.get(i), probe);
      if (distance <= tolerance && (distance < best || (distance == best && i < found))) {
        found = i;
        best = distance;
      }
    }
    return found;
  }

  private List<Integer> candidates(Envelope envelope) {
    @SuppressWarnings("unchecked")
    List<Integer> hits = tree.query(envelope);
    return hits;
  }

  private IndexedPointInAreaLocator locator(int i) {
    if (locators[i] == null) {
      locators[i] = new IndexedPointInAreaLocator(areas.get(i));
    }
    return locators[i];
  }
}
