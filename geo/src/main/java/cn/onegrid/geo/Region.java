package cn.onegrid.geo;

import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A shape with the id of the feature it belongs to: a committee, a grid, a post's area. Analysis
 * inputs and outputs name features by these ids.
 *
 * @param id the feature's code
 * @param shape polygonal (or, for post sites, a point), in a metric CRS: coordinates in metres
 */
public record Region(String id, Geometry shape) {

  /** Sorts by id, so that results do not depend on input order. */
  public static List<Region> sorted(List<Region> regions) {
    return regions.stream().sorted(Comparator.comparing(Region::id)).toList();
  }
}
