package cn.onegrid.bench.analysis;

import cn.onegrid.geo.Region;
import cn.onegrid.geo.Tolerance;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Prototypes of the changes bench/README.md suggests for geo, timed by {@link Breakdown} beside the
 * code they would replace, so each suggestion comes with its measured gain. Not used by any
 * benchmark, and not a proposal for where the code should live.
 */
final class WhatIf {

  private WhatIf() {}

  /**
   * {@code PostCoverage.of} without its post shares, which nothing stores: clip, union, the
   * uncovered difference and the pairwise overlaps. Returns the covered area.
   */
  static double drawnWithoutShares(Geometry committee, List<Region> postAreas) {
    List<Geometry> clipped = new ArrayList<>();
    for (Region post : Region.sorted(postAreas)) {
      Geometry inside = OverlayNGRobust.overlay(post.shape(), committee, OverlayNG.INTERSECTION);
      if (inside.getArea() >= Tolerance.AREA) {
        clipped.add(inside);
      }
    }
    if (clipped.isEmpty()) {
      return 0;
    }
    Geometry covered = OverlayNGRobust.union(clipped);
    OverlayNGRobust.overlay(committee, covered, OverlayNG.DIFFERENCE).normalize();
    STRtree index = new STRtree();
    for (int i = 0; i < clipped.size(); i++) {
      index.insert(clipped.get(i).getEnvelopeInternal(), i);
    }
    for (int i = 0; i < clipped.size(); i++) {
      for (Object hit : index.query(clipped.get(i).getEnvelopeInternal())) {
        int j = (Integer) hit;
        if (j > i) {
          Geometry shared =
              OverlayNGRobust.overlay(clipped.get(i), clipped.get(j), OverlayNG.INTERSECTION);
          if (shared.getArea() >= Tolerance.AREA) {
            shared.normalize();
          }
        }
      }
    }
    return covered.getArea();
  }

  /** {@code PartitionHealth}'s sliver test as it was: a maximum inscribed circle for every part. */
  static int slivers(List<Region> children, double sliverWidth) {
    int slivers = 0;
    for (Polygon part : parts(children)) {
      slivers += width(part) < sliverWidth ? 1 : 0;
    }
    return slivers;
  }

  /**
   * The same test with a cheap bound first: the inscribed circle is at least as wide as twice the
   * distance from any interior point to the border, so a part whose interior point (JTS {@link
   * InteriorPointArea}) is {@code sliverWidth / 2} from its border is no sliver, and only the
   * others need the circle. Same answers, no false negative.
   */
  static int sliversBoundFirst(List<Region> children, double sliverWidth) {
    int slivers = 0;
    for (Polygon part : parts(children)) {
      Geometry inside = part.getFactory().createPoint(InteriorPointArea.getInteriorPoint(part));
      boolean wide = 2 * part.getBoundary().distance(inside) >= sliverWidth;
      slivers += !wide && width(part) < sliverWidth ? 1 : 0;
    }
    return slivers;
  }

  private static double width(Polygon polygon) {
    double tolerance = Math.max(0.01, Math.sqrt(polygon.getArea()) / 1000);
    return 2 * new MaximumInscribedCircle(polygon, tolerance).getRadiusLine().getLength();
  }

  private static List<Polygon> parts(List<Region> children) {
    List<Polygon> parts = new ArrayList<>();
    for (Region child : children) {
      for (int i = 0; i < child.shape().getNumGeometries(); i++) {
        if (child.shape().getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
          parts.add(p);
        }
      }
    }
    return parts;
  }
}
