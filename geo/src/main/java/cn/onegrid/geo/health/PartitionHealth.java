package cn.onegrid.geo.health;

import cn.onegrid.geo.Dust;
import cn.onegrid.geo.Region;
import cn.onegrid.geo.Tolerance;
import cn.onegrid.geo.health.Finding.Fix;
import cn.onegrid.geo.health.Finding.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Checks that children tile their parent: no overlap, no gap, nothing outside, no sliver, and says
 * which children are in several pieces or have holes.
 *
 * <p>Gaps are computed (parent minus the union of the children), not taken from JTS's coverage
 * validation, which allows gaps by design. Widths are twice the radius of the largest inscribed
 * circle, so a long thin strip is a sliver however long it is. Findings are sorted by kind, then
 * feature ids, then area (largest first): the same input always gives the same list.
 */
public final class PartitionHealth {

  private PartitionHealth() {}

  /** Checks with the default sliver width, {@link Tolerance#SLIVER_WIDTH}. */
  public static List<Finding> of(Region parent, List<Region> children) {
    return of(parent, children, Tolerance.SLIVER_WIDTH);
  }

  /**
   * @param parent the area to tile, polygonal, in metres
   * @param children the parts, polygonal, in metres
   * @param sliverWidth parts narrower than this many metres are slivers
   */
  public static List<Finding> of(Region parent, List<Region> children, double sliverWidth) {
    List<Region> sorted = Region.sorted(children);
    Neighbours neighbours = new Neighbours(sorted);
    Geometry claimed = OverlayNGRobust.union(sorted.stream().map(Region::shape).toList());
    Geometry gap =
        claimed == null
            ? parent.shape()
            : OverlayNGRobust.overlay(parent.shape(), claimed, OverlayNG.DIFFERENCE);
    // Bounds from the union, so that a clean partition needs no overlay per child or per pair: no
    // child reaches further outside than all of them together (whose outside area is the union's
    // area minus the parent's plus the gap's), and no two children share more ground than the
    // excess of their areas' sum over the union. Half the dust threshold leaves room for rounding.
    boolean someOutside =
        claimed != null
            && claimed.getArea() - parent.shape().getArea() + gap.getArea() >= Tolerance.AREA / 2;
    boolean someOverlap =
        claimed != null
            && sorted.stream().mapToDouble(c -> c.shape().getArea()).sum() - claimed.getArea()
                >= Tolerance.AREA / 2;
    List<Finding> findings = new ArrayList<>();
    for (Region child : sorted) {
      if (someOutside) {
        outside(parent, child, findings);
      }
      pieces(child, neighbours, sliverWidth, findings);
      holes(child, neighbours, findings);
    }
    if (someOverlap) {
      overlaps(sorted, neighbours, findings);
    }
    gaps(gap, neighbours, sliverWidth, findings);
    findings.sort(
        Comparator.comparing(Finding::kind)
            .thenComparing(f -> String.join(",", f.featureIds()))
            .thenComparing(Comparator.comparingDouble(Finding::area).reversed()));
    return findings;
  }

  private static void outside(Region parent, Region child, List<Finding> findings) {
    Geometry out =
        Dust.without(OverlayNGRobust.overlay(child.shape(), parent.shape(), OverlayNG.DIFFERENCE));
    if (!out.isEmpty()) {
      findings.add(
          finding(
              Kind.OUTSIDE_PARENT,
              out,
              List.of(child.id()),
              List.of(Fix.clipToParent(child.id()))));
    }
  }

  /** Slivers and stray pieces: every piece but the largest is a MULTIPART finding. */
  private static void pieces(
      Region child, Neighbours neighbours, double sliverWidth, List<Finding> findings) {
    List<Polygon> parts = polygons(child.shape());
    parts.sort(Comparator.comparingDouble(Polygon::getArea).reversed());
    for (int i = 0; i < parts.size(); i++) {
      Polygon part = parts.get(i);
      boolean sliver = narrower(part, sliverWidth);
      if (i > 0 || sliver) {
        List<Fix> fix =
            neighbours.longestBorder(part, child.id()).map(Fix::mergeInto).stream().toList();
        findings.add(
            finding(sliver ? Kind.SLIVER : Kind.MULTIPART, part, List.of(child.id()), fix));
      }
    }
  }

  private static void holes(Region child, Neighbours neighbours, List<Finding> findings) {
    for (Polygon part : polygons(child.shape())) {
      for (int r = 0; r < part.getNumInteriorRing(); r++) {
        Polygon hole = part.getFactory().createPolygon(part.getInteriorRingN(r).getCoordinates());
        List<String> ids = new ArrayList<>(List.of(child.id()));
        neighbours.touching(hole).stream().filter(id -> !id.equals(child.id())).forEach(ids::add);
        findings.add(finding(Kind.HOLE, hole, ids, List.of()));
      }
    }
  }

  private static void overlaps(
      List<Region> children, Neighbours neighbours, List<Finding> findings) {
    for (int i = 0; i < children.size(); i++) {
      Region a = children.get(i);
      for (int j : neighbours.near(a.shape())) {
        if (j <= i) {
          continue;
        }
        Region b = children.get(j);
        Geometry shared =
            Dust.without(OverlayNGRobust.overlay(a.shape(), b.shape(), OverlayNG.INTERSECTION));
        if (!shared.isEmpty()) {
          findings.add(finding(Kind.OVERLAP, shared, List.of(a.id(), b.id()), List.of()));
        }
      }
    }
  }

  private static void gaps(
      Geometry gap, Neighbours neighbours, double sliverWidth, List<Finding> findings) {
    for (Polygon piece : polygons(gap)) {
      if (Dust.is(piece)) {
        continue;
      }
      List<Fix> fix =
          narrower(piece, sliverWidth)
              ? neighbours.longestBorder(piece, "").map(Fix::mergeInto).stream().toList()
              : List.of();
      findings.add(finding(Kind.GAP, piece, neighbours.touching(piece), fix));
    }
  }

  private static Finding finding(Kind kind, Geometry shape, List<String> ids, List<Fix> fixes) {
    Geometry normalized = shape.copy();
    normalized.normalize();
    return new Finding(kind, normalized, shape.getArea(), ids, fixes);
  }

  /**
   * Whether the polygon is narrower than {@code width}: twice the radius of its largest inscribed
   * circle, found to {@link #tolerance}. A cheap bound settles nearly every part first: the circle
   * is at least as wide as twice the distance from any interior point to the border, so a part
   * whose interior point is farther than {@code width / 2 + tolerance} from its border is no sliver
   * (the search, off by at most the tolerance in radius, would not have found it one either).
   */
  static boolean narrower(Polygon polygon, double width) {
    double tolerance = tolerance(polygon);
    Coordinate inside = InteriorPointArea.getInteriorPoint(polygon);
    if (inside != null && distanceToBorder(polygon, inside) - tolerance >= width / 2) {
      return false;
    }
    return width(polygon, tolerance) < width;
  }

  /** Twice the radius of the largest circle inside: the width of a strip, whatever its length. */
  static double width(Polygon polygon, double tolerance) {
    return 2 * new MaximumInscribedCircle(polygon, tolerance).getRadiusLine().getLength();
  }

  private static double tolerance(Polygon polygon) {
    return Math.max(0.01, Math.sqrt(polygon.getArea()) / 1000);
  }

  private static double distanceToBorder(Polygon polygon, Coordinate point) {
    double distance =
        Distance.pointToSegmentString(point, polygon.getExteriorRing().getCoordinates());
    for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
      distance =
          Math.min(
              distance,
              Distance.pointToSegmentString(point, polygon.getInteriorRingN(r).getCoordinates()));
    }
    return distance;
  }

  static List<Polygon> polygons(Geometry geometry) {
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        polygons.add(p);
      }
    }
    return polygons;
  }
}
