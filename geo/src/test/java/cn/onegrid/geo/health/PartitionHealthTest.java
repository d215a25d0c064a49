package cn.onegrid.geo.health;

import static cn.onegrid.geo.Fixtures.normalized;
import static cn.onegrid.geo.Fixtures.region;
import static cn.onegrid.geo.Fixtures.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.onegrid.geo.Region;
import cn.onegrid.geo.health.Finding.Fix;
import cn.onegrid.geo.health.Finding.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionHealthTest {

  private static final Region TOWN = region("T", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
  private static final Region WEST = region("A", "POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))");
  private static final Region EAST = region("B", "POLYGON ((50 0, 100 0, 100 100, 50 100, 50 0))");

  @Test
  void touchingChildrenThatTileTheParentAreHealthy() {
    assertThat(PartitionHealth.of(TOWN, List.of(WEST, EAST))).isEmpty();
  }

  @Test
  void hairlineGapsAndOverhangsFromProjectionAreNotFindings() {
    // The shared corners sit 3 cm off the parent's long straight edges, as a vertex on an edge
    // in degrees does after projection to metres: a 3 cm overhang at the top, a gap at the bottom.
    Region parent = region("T", "POLYGON ((0 0, 2000 0, 2000 1000, 0 1000, 0 0))");
    Region west = region("A", "POLYGON ((0 0, 1000 0.03, 1000 1000.03, 0 1000, 0 0))");
    Region east = region("B", "POLYGON ((1000 0.03, 2000 0, 2000 1000, 1000 1000.03, 1000 0.03))");
    assertThat(PartitionHealth.of(parent, List.of(west, east))).isEmpty();
  }

  @Test
  void aGapOfAFewDecimetresIsStillAFinding() {
    Region parent = region("T", "POLYGON ((0 0, 2000 0, 2000 1000, 0 1000, 0 0))");
    Region west = region("A", "POLYGON ((0 0, 1000 0.5, 1000 1000, 0 1000, 0 0))");
    Region east = region("B", "POLYGON ((1000 0.5, 2000 0, 2000 1000, 1000 1000, 1000 0.5))");
    assertThat(PartitionHealth.of(parent, List.of(west, east)))
        .extracting(Finding::kind)
        .containsExactly(Kind.GAP);
  }

  @Test
  void overlapNamesBothChildren() {
    Region wideWest = region("A", "POLYGON ((0 0, 60 0, 60 100, 0 100, 0 0))");
    List<Finding> findings = PartitionHealth.of(TOWN, List.of(EAST, wideWest));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.OVERLAP);
              assertThat(f.featureIds()).containsExactly("A", "B");
              assertThat(f.area()).isEqualTo(1000, offset(1e-9));
            });
  }

  @Test
  void gapIsTheParentMinusTheChildren() {
    Region narrowWest = region("A", "POLYGON ((0 0, 40 0, 40 100, 0 100, 0 0))");
    List<Finding> findings = PartitionHealth.of(TOWN, List.of(narrowWest, EAST));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.GAP);
              assertThat(f.featureIds()).containsExactly("A", "B");
              assertThat(normalized(f.shape()))
                  .isEqualTo(normalized(wkt("POLYGON ((40 0, 50 0, 50 100, 40 100, 40 0))")));
              assertThat(f.fixes()).isEmpty(); // 10 m wide: a real gap, a planner decides
            });
  }

  @Test
  void thinGapIsSuggestedToTheNeighbourWithTheLongestBorder() {
    Region shortWest = region("A", "POLYGON ((0 0, 49 0, 49 100, 0 100, 0 0))");
    Region eastWithNotch =
        region("B", "POLYGON ((50 0, 100 0, 100 100, 50 100, 50 60, 49 60, 49 40, 50 40, 50 0))");
    List<Finding> findings = PartitionHealth.of(TOWN, List.of(shortWest, eastWithNotch));
    assertThat(findings)
        .hasSize(2)
        .allSatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.GAP);
              assertThat(f.fixes()).containsExactly(Fix.mergeInto("B"));
            });
  }

  @Test
  void childReachingOutsideTheParentIsToBeClipped() {
    Region overreaching = region("B", "POLYGON ((50 0, 120 0, 120 100, 50 100, 50 0))");
    List<Finding> findings = PartitionHealth.of(TOWN, List.of(WEST, overreaching));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.OUTSIDE_PARENT);
              assertThat(f.area()).isEqualTo(2000, offset(1e-9));
              assertThat(f.fixes()).containsExactly(Fix.clipToParent("B"));
            });
  }

  @Test
  void tinySliverChildIsSuggestedToItsNeighbour() {
    Region west = region("A", "POLYGON ((0 0, 49 0, 49 100, 0 100, 0 0))");
    Region sliver = region("S", "POLYGON ((49 0, 50 0, 50 100, 49 100, 49 0))");
    List<Finding> findings = PartitionHealth.of(TOWN, List.of(west, sliver, EAST));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.SLIVER);
              assertThat(f.featureIds()).containsExactly("S");
              assertThat(f.fixes()).hasSize(1);
            });
  }

  @Test
  void multipartChildReportsItsStrayPiece() {
    Region westWithIsland =
        region(
            "A",
            "MULTIPOLYGON (((0 0, 50 0, 50 90, 0 90, 0 0)), ((60 90, 70 90, 70 100, 60 100, 60 90)))");
    Region eastWithBite =
        region(
            "B",
            "POLYGON ((50 0, 100 0, 100 100, 70 100, 70 90, 60 90, 60 100, 0 100, 0 90, 50 90, 50 0))");
    List<Finding> findings = PartitionHealth.of(TOWN, List.of(westWithIsland, eastWithBite));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.MULTIPART);
              assertThat(f.area()).isEqualTo(100, offset(1e-9));
              assertThat(f.fixes()).containsExactly(Fix.mergeInto("B"));
            });
  }

  @Test
  void holeFilledByAnEnclaveIsReportedWithIt() {
    Region donut =
        region(
            "A",
            "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))");
    Region enclave = region("E", "POLYGON ((40 40, 60 40, 60 60, 40 60, 40 40))");
    List<Finding> findings = PartitionHealth.of(TOWN, List.of(donut, enclave));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.HOLE);
              assertThat(f.featureIds()).containsExactly("A", "E");
            });
  }

  @Test
  void noChildrenLeavesTheWholeParentAGap() {
    List<Finding> findings = PartitionHealth.of(TOWN, List.of());
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.GAP);
              assertThat(f.area()).isEqualTo(10000, offset(1e-9));
              assertThat(f.featureIds()).isEmpty();
            });
  }

  @Test
  void findingsAreSortedByKindThenFeatures() {
    Region narrowWest = region("A", "POLYGON ((0 0, 40 0, 40 100, 0 100, 0 0))");
    Region overreaching = region("B", "POLYGON ((30 0, 120 0, 120 100, 30 100, 30 0))");
    List<Finding> findings = PartitionHealth.of(TOWN, List.of(overreaching, narrowWest));
    assertThat(findings)
        .extracting(Finding::kind)
        .containsExactly(Kind.OVERLAP, Kind.OUTSIDE_PARENT);
  }
}
