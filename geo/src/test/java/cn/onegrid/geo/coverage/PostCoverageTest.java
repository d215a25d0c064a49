package cn.onegrid.geo.coverage;

import static cn.onegrid.geo.Fixtures.normalized;
import static cn.onegrid.geo.Fixtures.region;
import static cn.onegrid.geo.Fixtures.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.onegrid.geo.coverage.CoverageReport.PostShare;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class PostCoverageTest {

  private static final Geometry COMMITTEE = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");

  @Test
  void twoTouchingPostsCoverTheCommitteeWithoutOverlap() {
    CoverageReport report =
        PostCoverage.of(
            COMMITTEE,
            List.of(
                region("P01", "POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))"),
                region("P02", "POLYGON ((50 0, 100 0, 100 100, 50 100, 50 0))")));
    assertThat(report.ratio()).isEqualTo(1.0, offset(1e-12));
    assertThat(report.uncovered().isEmpty()).isTrue();
    assertThat(report.overlaps()).isEmpty();
  }

  @Test
  void gapBetweenTwoPostAreas() {
    CoverageReport report =
        PostCoverage.of(
            COMMITTEE,
            List.of(
                region("P01", "POLYGON ((0 0, 40 0, 40 100, 0 100, 0 0))"),
                region("P02", "POLYGON ((60 0, 100 0, 100 100, 60 100, 60 0))")));
    assertThat(report.coveredArea()).isEqualTo(8000, offset(1e-9));
    assertThat(report.ratio()).isEqualTo(0.8, offset(1e-12));
    assertThat(normalized(report.uncovered()))
        .isEqualTo(normalized(wkt("POLYGON ((40 0, 60 0, 60 100, 40 100, 40 0))")));
  }

  @Test
  void overlapBetweenTwoPostsNamesBoth() {
    CoverageReport report =
        PostCoverage.of(
            COMMITTEE,
            List.of(
                region("P02", "POLYGON ((40 0, 100 0, 100 100, 40 100, 40 0))"),
                region("P01", "POLYGON ((0 0, 60 0, 60 100, 0 100, 0 0))")));
    assertThat(report.overlaps())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.postIds()).containsExactly("P01", "P02");
              assertThat(o.area()).isEqualTo(2000, offset(1e-9));
            });
    assertThat(report.overlapArea()).isEqualTo(2000, offset(1e-9));
    assertThat(report.postShares())
        .containsExactly(new PostShare("P01", 6000), new PostShare("P02", 6000));
  }

  @Test
  void overlapsInAChainAddUp() {
    // P01 meets P02 and P02 meets P03, P01 and P03 do not: the two overlaps are apart.
    CoverageReport report =
        PostCoverage.of(
            COMMITTEE,
            List.of(
                region("P01", "POLYGON ((0 0, 40 0, 40 100, 0 100, 0 0))"),
                region("P02", "POLYGON ((30 0, 70 0, 70 100, 30 100, 30 0))"),
                region("P03", "POLYGON ((60 0, 100 0, 100 100, 60 100, 60 0))")));
    assertThat(report.overlaps()).hasSize(2);
    assertThat(report.overlapArea()).isEqualTo(2000, offset(1e-9));
  }

  @Test
  void groundThreePostsShareCountsOnce() {
    // Three strips across one square: each pair overlaps in the 20 x 20 middle, all three there.
    CoverageReport report =
        PostCoverage.of(
            COMMITTEE,
            List.of(
                region("P01", "POLYGON ((40 0, 60 0, 60 100, 40 100, 40 0))"),
                region("P02", "POLYGON ((0 40, 100 40, 100 60, 0 60, 0 40))"),
                region("P03", "POLYGON ((30 30, 60 30, 60 60, 30 60, 30 30))")));
    // P01∩P02 = 400 (40..60 x 40..60), P01∩P03 = 600 (40..60 x 30..60), P02∩P03 = 600 (30..60 x
    // 40..60); their union is 40..60 x 30..60 plus 30..40 x 40..60 = 600 + 200.
    assertThat(report.overlaps()).hasSize(3);
    assertThat(report.overlapArea()).isEqualTo(800, offset(1e-9));
  }

  @Test
  void postAreaWhollyOutsideItsCommitteeCoversNothing() {
    CoverageReport report =
        PostCoverage.of(
            COMMITTEE, List.of(region("P01", "POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))")));
    assertThat(report.ratio()).isZero();
    assertThat(report.postShares()).containsExactly(new PostShare("P01", 0));
  }

  @Test
  void postAreaReachingOutsideCountsOnlyInside() {
    CoverageReport report =
        PostCoverage.of(
            COMMITTEE, List.of(region("P01", "POLYGON ((50 0, 150 0, 150 100, 50 100, 50 0))")));
    assertThat(report.ratio()).isEqualTo(0.5, offset(1e-12));
  }

  @Test
  void duplicatePostsOverlapCompletely() {
    String same = "POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0))";
    CoverageReport report =
        PostCoverage.of(COMMITTEE, List.of(region("P01", same), region("P02", same)));
    assertThat(report.coveredArea()).isEqualTo(2500, offset(1e-9));
    assertThat(report.overlapArea()).isEqualTo(2500, offset(1e-9));
    assertThat(report.postShares()).extracting(PostShare::area).containsExactly(2500.0, 2500.0);
  }

  @Test
  void committeeWithNoPostIsAllUncovered() {
    CoverageReport report = PostCoverage.of(COMMITTEE, List.of());
    assertThat(report.ratio()).isZero();
    assertThat(report.uncoveredArea()).isEqualTo(10000, offset(1e-9));
  }

  @Test
  void emptyCommitteeHasRatioZero() {
    CoverageReport report =
        PostCoverage.of(
            wkt("POLYGON EMPTY"), List.of(region("P01", "POLYGON ((0 0, 1 0, 1 1, 0 0))")));
    assertThat(report.ratio()).isZero();
    assertThat(report.committeeArea()).isZero();
  }

  @Test
  void holeInTheCommitteeIsNotCoverable() {
    Geometry holed =
        wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))");
    CoverageReport report =
        PostCoverage.of(
            holed, List.of(region("P01", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))")));
    assertThat(report.ratio()).isEqualTo(1.0, offset(1e-12));
    assertThat(report.coveredArea()).isEqualTo(9600, offset(1e-9));
  }

  @Test
  void multipolygonCommitteeIsCoveredPieceByPiece() {
    Geometry twoPieces =
        wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0)))");
    CoverageReport report =
        PostCoverage.of(
            twoPieces, List.of(region("P01", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")));
    assertThat(report.ratio()).isEqualTo(0.5, offset(1e-12));
    assertThat(normalized(report.uncovered()))
        .isEqualTo(normalized(wkt("POLYGON ((20 0, 30 0, 30 10, 20 10, 20 0))")));
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<cn.onegrid.geo.Region> posts =
        List.of(
            region("P03", "POLYGON ((10 10, 70 10, 70 70, 10 70, 10 10))"),
            region("P01", "POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0))"),
            region("P02", "POLYGON ((30 30, 90 30, 90 90, 30 90, 30 30))"));
    CoverageReport forward = PostCoverage.of(COMMITTEE, posts);
    List<cn.onegrid.geo.Region> reversed = new java.util.ArrayList<>(posts);
    java.util.Collections.reverse(reversed);
    CoverageReport backward = PostCoverage.of(COMMITTEE, reversed);
    assertThat(backward.overlaps().stream().map(o -> o.postIds()).toList())
        .isEqualTo(forward.overlaps().stream().map(o -> o.postIds()).toList());
    assertThat(normalized(backward.uncovered())).isEqualTo(normalized(forward.uncovered()));
  }
}
