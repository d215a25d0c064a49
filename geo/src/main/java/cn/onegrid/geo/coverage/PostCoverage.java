package cn.onegrid.geo.coverage;

import cn.onegrid.geo.ParentClip;
import cn.onegrid.geo.Region;
import cn.onegrid.geo.Tolerance;
import cn.onegrid.geo.coverage.CoverageReport.Overlap;
import cn.onegrid.geo.coverage.CoverageReport.PostShare;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * How well a committee's duty posts cover it.
 *
 * <p>Post areas are first clipped to the committee: a post's responsibility ends at its committee's
 * border, and an area wholly outside adds nothing. Overlaps are found pairwise through an STR-tree,
 * so cost grows with the number of touching posts, not with the square of all posts; when the
 * clipped areas add up to their union (posts that tile the committee), no pair is overlaid at all.
 * Overlaps smaller than {@link Tolerance#AREA} m² are floating-point dust, not findings.
 */
public final class PostCoverage {

  private PostCoverage() {}

  /** Where two clipped areas (by index) share some ground. */
  private record Meeting(int a, int b, Geometry shape) {}

  /**
   * @param committee the committee's boundary, polygonal, in metres
   * @param postAreas each post's responsibility area (polygonal, in metres), keyed by post id
   */
  public static CoverageReport of(Geometry committee, List<Region> postAreas) {
    return of(new ParentClip(committee), postAreas);
  }

  /**
   * The same, clipping through {@code clip}, which other analyses of the committee may share.
   *
   * @param clip the committee's boundary, prepared
   * @param postAreas each post's responsibility area (polygonal, in metres), keyed by post id
   */
  public static CoverageReport of(ParentClip clip, List<Region> postAreas) {
    Geometry committee = clip.parent();
    GeometryFactory factory = committee.getFactory();
    List<Region> clipped = new ArrayList<>();
    for (Region post : Region.sorted(postAreas)) {
      Geometry inside = clip.clip(post.shape());
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
    List<Meeting> meetings = meetings(clipped, covered);
    List<Overlap> overlaps = overlaps(clipped, meetings);
    return new CoverageReport(
        committee.getArea(),
        covered.getArea(),
        uncovered,
        overlaps,
        overlapArea(overlaps, meetings),
        shares(clipped, postAreas));
  }

  /**
   * The ground two or more posts share, each place counted once: the area of the union of the
   * overlaps. A place in two meetings lies in three posts' areas, so in all three pairs' meetings:
   * when no three posts meet pairwise, the meetings are disjoint and their areas add up, and only
   * otherwise is the union computed.
   */
  private static double overlapArea(List<Overlap> overlaps, List<Meeting> meetings) {
    if (!anyThreeMeet(meetings)) {
      return overlaps.stream().mapToDouble(Overlap::area).sum();
    }
    List<Geometry> shapes = overlaps.stream().map(Overlap::shape).toList();
    return shapes.isEmpty() ? 0 : OverlayNGRobust.union(shapes).getArea();
  }

  /** Whether some three posts meet pair by pair (a triangle in the graph of meetings). */
  private static boolean anyThreeMeet(List<Meeting> meetings) {
    Set<Long> pairs = new HashSet<>();
    for (Meeting m : meetings) {
      pairs.add(pair(m.a(), m.b()));
    }
    for (Meeting m : meetings) {
      for (Meeting n : meetings) {
        if (m.a() == n.a() && m.b() < n.b() && pairs.contains(pair(m.b(), n.b()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  /**
   * Every pair of clipped areas whose intersection has some area, in index order. Any pair's common
   * ground is at most the excess of the areas' sum over their union, so when that excess is below
   * half the dust threshold (room for rounding in both terms) no pair is worth overlaying.
   */
  private static List<Meeting> meetings(List<Region> clipped, Geometry covered) {
    double sum = clipped.stream().mapToDouble(c -> c.shape().getArea()).sum();
    if (sum - covered.getArea() < Tolerance.AREA / 2) {
      return List.of();
    }
    STRtree index = new STRtree();
    for (int i = 0; i < clipped.size(); i++) {
      index.insert(clipped.get(i).shape().getEnvelopeInternal(), i);
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < clipped.size(); i++) {
      Geometry a = clipped.get(i).shape();
      PreparedGeometry prepared = PreparedGeometryFactory.prepare(a);
      List<Integer> hits = new ArrayList<>();
      for (Object hit : index.query(a.getEnvelopeInternal())) {
        hits.add((Integer) hit);
      }
      hits.sort(null);
      for (int j : hits) {
        Geometry b = clipped.get(j).shape();
        if (j > i && prepared.intersects(b)) {
          Geometry shared = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
          if (shared.getArea() > 0) {
            meetings.add(new Meeting(i, j, shared));
          }
        }
      }
    }
    return meetings;
  }

  private static List<Overlap> overlaps(List<Region> clipped, List<Meeting> meetings) {
    List<Overlap> overlaps = new ArrayList<>();
    for (Meeting m : meetings) {
      if (m.shape().getArea() >= Tolerance.AREA) {
        Geometry shape = m.shape().copy();
        shape.normalize();
        List<String> ids = List.of(clipped.get(m.a()).id(), clipped.get(m.b()).id());
        overlaps.add(new Overlap(ids, shape, shape.getArea()));
      }
    }
    overlaps.sort(
        Comparator.comparingDouble(Overlap::area)
            .reversed()
            .thenComparing(o -> String.join(",", o.postIds())));
    return overlaps;
  }

  /** Every post, in id order, with its clipped area (zero when outside). */
  private static List<PostShare> shares(List<Region> clipped, List<Region> allPosts) {
    Map<String, Double> areas = new HashMap<>();
    clipped.forEach(c -> areas.put(c.id(), c.shape().getArea()));
    return Region.sorted(allPosts).stream()
        .map(post -> new PostShare(post.id(), areas.getOrDefault(post.id(), 0.0)))
        .toList();
  }
}
