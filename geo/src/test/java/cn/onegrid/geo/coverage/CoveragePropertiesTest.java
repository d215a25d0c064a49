package cn.onegrid.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.onegrid.geo.Region;
import cn.onegrid.geo.Tolerance;
import cn.onegrid.geo.health.Finding;
import cn.onegrid.geo.health.PartitionHealth;
import cn.onegrid.geo.partition.VoronoiPartition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** For random partitions and post areas, the books balance: nothing is lost or counted twice. */
class CoveragePropertiesTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Geometry TOWN =
      FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(0, 2000, 0, 1500));

  @Property(tries = 60)
  void coveredPlusUncoveredIsTheCommittee(
      @ForAll("seeds") List<Coordinate> seeds,
      @ForAll("posts") List<Coordinate> posts,
      @ForAll @IntRange(min = 50, max = 600) int radius) {
    for (Geometry committee : VoronoiPartition.of(TOWN, seeds)) {
      CoverageReport report = PostCoverage.of(committee, areas(posts, radius));
      double total = committee.getArea();
      assertThat(report.coveredArea() + report.uncoveredArea())
          .isEqualTo(total, offset(total * 1e-9 + 1e-6));
      assertThat(report.ratio()).isBetween(0.0, 1.0 + 1e-12);
    }
  }

  @Property(tries = 60)
  void uncoveredGroundMeetsNoPostArea(
      @ForAll("posts") List<Coordinate> posts, @ForAll @IntRange(min = 50, max = 600) int radius) {
    List<Region> areas = areas(posts, radius);
    CoverageReport report = PostCoverage.of(TOWN, areas);
    for (Region area : areas) {
      double shared =
          OverlayNGRobust.overlay(report.uncovered(), area.shape(), OverlayNG.INTERSECTION)
              .getArea();
      assertThat(shared).isLessThan(1e-6);
    }
  }

  @Property(tries = 60)
  void overlapAreaIsTheGroundTwoOrMorePostsShare(
      @ForAll("posts") List<Coordinate> posts, @ForAll @IntRange(min = 50, max = 600) int radius) {
    List<Region> areas = areas(posts, radius);
    CoverageReport report = PostCoverage.of(TOWN, areas);
    List<Geometry> pairwise = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      for (int j = i + 1; j < areas.size(); j++) {
        Geometry a = clipped(areas, areas.get(i).id());
        Geometry b = clipped(areas, areas.get(j).id());
        Geometry shared = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
        if (shared.getArea() >= Tolerance.AREA) {
          pairwise.add(shared);
        }
      }
    }
    double expected = pairwise.isEmpty() ? 0 : OverlayNGRobust.union(pairwise).getArea();
    assertThat(report.overlapArea()).isEqualTo(expected, offset(expected * 1e-9 + 1e-6));
  }

  private static Geometry clipped(List<Region> areas, String id) {
    Geometry shape =
        areas.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().shape();
    return OverlayNGRobust.overlay(shape, TOWN, OverlayNG.INTERSECTION);
  }

  @Property(tries = 40)
  void partitionGapsMeetNoChild(
      @ForAll("seeds") List<Coordinate> seeds,
      @ForAll @IntRange(min = 0, max = 100) int dropPercent) {
    List<Geometry> cells = VoronoiPartition.of(TOWN, seeds);
    List<Region> children = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if ((i * 37) % 100
          >= dropPercent) { // drop a deterministic share of the children to make gaps
        children.add(new Region(String.format("C%03d", i), cells.get(i)));
      }
    }
    double gapArea = 0;
    for (Finding finding : PartitionHealth.of(new Region("T", TOWN), children)) {
      if (finding.kind() == Finding.Kind.GAP) {
        gapArea += finding.area();
        for (Region child : children) {
          assertThat(
                  OverlayNGRobust.overlay(finding.shape(), child.shape(), OverlayNG.INTERSECTION)
                      .getArea())
              .isLessThan(1e-6);
        }
      }
    }
    double childArea = children.stream().mapToDouble(c -> c.shape().getArea()).sum();
    assertThat(gapArea + childArea).isEqualTo(TOWN.getArea(), offset(1e-3));
  }

  @Provide
  Arbitrary<List<Coordinate>> seeds() {
    return points().list().ofMinSize(2).ofMaxSize(12).uniqueElements();
  }

  @Provide
  Arbitrary<List<Coordinate>> posts() {
    return points().list().ofMinSize(0).ofMaxSize(10);
  }

  private static Arbitrary<Coordinate> points() {
    return Arbitraries.integers()
        .between(0, 2000)
        .tuple2()
        .map(t -> new Coordinate(t.get1(), Math.min(t.get2(), 1500)));
  }

  private static List<Region> areas(List<Coordinate> posts, int radius) {
    List<Region> areas = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      areas.add(
          new Region(
              String.format("P%02d", i), FACTORY.createPoint(posts.get(i)).buffer(radius, 8)));
    }
    return areas;
  }
}
