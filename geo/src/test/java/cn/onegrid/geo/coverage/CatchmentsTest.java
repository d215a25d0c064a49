package cn.onegrid.geo.coverage;

import static cn.onegrid.geo.Fixtures.region;
import static cn.onegrid.geo.Fixtures.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.assertj.core.data.Percentage.withPercentage;

import cn.onegrid.geo.Region;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class CatchmentsTest {

  @Test
  void catchmentIsADiscOfTheWalkingRadius() {
    List<Region> discs =
        Catchments.around(List.of(region("P01", "POINT (500 500)")), Catchments.DEFAULT_RADIUS);
    assertThat(discs)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("P01");
              assertThat(d.shape().getArea()).isCloseTo(Math.PI * 300 * 300, withPercentage(0.1));
            });
  }

  @Test
  void catchmentsComeInIdOrder() {
    List<Region> discs =
        Catchments.around(List.of(region("P02", "POINT (0 0)"), region("P01", "POINT (9 9)")), 10);
    assertThat(discs).extracting(Region::id).containsExactly("P01", "P02");
  }

  @Test
  void coveredRatioIsPostCoveragesRatioOfTheDiscs() {
    Geometry committee = wkt("POLYGON ((0 0, 1000 0, 1000 600, 0 600, 0 0))");
    List<Region> sites =
        List.of(
            region("P01", "POINT (100 100)"),
            region("P02", "POINT (350 200)"),
            region("P03", "POINT (900 580)"),
            region("P04", "POINT (1400 300)"));
    double expected = PostCoverage.of(committee, Catchments.around(sites, 300)).ratio();
    assertThat(Catchments.coveredRatio(committee, sites, 300)).isEqualTo(expected, offset(1e-12));
  }

  @Test
  void coveredRatioWithoutPostsIsZero() {
    assertThat(Catchments.coveredRatio(wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"), List.of(), 300))
        .isZero();
  }

  @Test
  void radiusMustBePositive() {
    assertThatThrownBy(() -> Catchments.around(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
