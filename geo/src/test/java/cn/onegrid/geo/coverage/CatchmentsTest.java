package cn.onegrid.geo.coverage;

import static cn.onegrid.geo.Fixtures.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import cn.onegrid.geo.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

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
  void radiusMustBePositive() {
    assertThatThrownBy(() -> Catchments.around(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
