package cn.onegrid.geo.coverage;

import cn.onegrid.geo.Region;
import cn.onegrid.geo.Tolerance;
import cn.onegrid.geo.coverage.CoverageReport.Overlap;
import cn.onegrid.geo.coverage.CoverageReport.PostShare;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * How well a committee's duty posts cover it.
 *
 * <p>Post areas are first clipped to the committee: a post's responsibility ends at its committee's
 * border, and an area wholly outside adds nothing. Overlaps are found pairwise through an STR-tree,
 * so cost grows with the number of touching posts, not with the square of all posts. Overlaps and
 * shares smaller than {@link Tolerance#AREA} m² are floating-point dust, not findings.
 */
public final class PostCoverage {

  private PostCoverage() {}

  /**
   * @param committee the committee's boundary, polygonal, in metres
   * @param postAreas each post's responsibility area (polygonal, in metres), keyed by post id
   */
  public static CoverageReport of(Geometry committee, List<Region> postAreas) {
    GeometryFactory factory = committee.getFactory();
    List<Region> clipped = new ArrayList<>();
    for (Region post : Region.sorted(postAreas)) {
      Geometry inside = OverlayNGRobust.overlay(post.shape(), committee, OverlayNG.INTERSECTION);
      if (inside.getArea() >= Tolerance.AREA) {
        clipped.add(new Region(post.id(), inside));
      }
    }
    Geometry covered =
        clipped.isEmpty()
            ? factory.createPolygon()
            : OverlayNGRobust.union(clipped.stream().map(Region::shape).toList());
    Geometry uncovered = OverlayNGRobust.overlay(committee, covered, OverlayNG.DIFFERENCE);
    uncovered.normalize();
    List<Overlap> overlaps = overlaps(clipped);
    return new CoverageReport(
        committee.getArea(), covered.getArea(), uncovered, overlaps, shares(clipped, postAreas));
  }

  private static List<Overlap> overlaps(List<Region> clipped) {
    STRtree index = new STRtree();
    for (int i = 0; i < clipped.size(); i++) {
      index.insert(clipped.get(i).shape().getEnvelopeInternal(), i);
    }
    List<Overlap> overlaps = new ArrayList<>();
    for (int i = 0; i < clipped.size(); i++) {
      Region a = clipped.get(i);
      for (Object hit : index.query(a.shape().getEnvelopeInternal())) {
        int j = (Integer) hit;
        if (j <= i) {
          continue;
        }
        Region b = clipped.get(j);
        Geometry shared = OverlayNGRobust.overlay(a.shape(), b.shape(), OverlayNG.INTERSECTION);
        if (shared.getArea() >= Tolerance.AREA) {
          shared.normalize();
          overlaps.add(new Overlap(List.of(a.id(), b.id()), shared, shared.getArea()));
        }
      }
    }
    overlaps.sort(
        Comparator.comparingDouble(Overlap::area)
            .reversed()
            .thenComparing(o -> String.join(",", o.postIds())));
    return overlaps;
  }

  /** Every post, in id order: its clipped area and the part only it covers (zero when outside). */
  private static List<PostShare> shares(List<Region> clipped, List<Region> allPosts) {
    List<PostShare> shares = new ArrayList<>();
    for (Region post : Region.sorted(allPosts)) {
      Region own = clipped.stream().filter(c -> c.id().equals(post.id())).findFirst().orElse(null);
      if (own == null) {
        shares.add(new PostShare(post.id(), 0, 0));
        continue;
      }
      List<Geometry> others =
          clipped.stream()
              .filter(
                  c ->
                      c != own
                          && c.shape()
                              .getEnvelopeInternal()
                              .intersects(own.shape().getEnvelopeInternal()))
              .map(Region::shape)
              .toList();
      Geometry exclusive =
          others.isEmpty()
              ? own.shape()
              : OverlayNGRobust.overlay(
                  own.shape(), OverlayNGRobust.union(others), OverlayNG.DIFFERENCE);
      shares.add(new PostShare(post.id(), own.shape().getArea(), exclusive.getArea()));
    }
    return shares;
  }
}
