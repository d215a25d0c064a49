package cn.onegrid.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.desk.Indicator;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrendChartTest {

  @Test
  void aRatioIsDrawnBetweenTheTenthsAroundItsValues() {
    List<OptionalDouble> values = List.of(OptionalDouble.of(0.685), OptionalDouble.of(0.71));
    assertThat(TrendChart.range(Indicator.COVERAGE, values)).containsExactly(0.6, 0.8);
    assertThat(TrendChart.points(Indicator.COVERAGE, values)).isEqualTo("8.0,67.8 592.0,54.8");
  }

  @Test
  void aCountIsDrawnFromZeroAndAMonthWithoutAValueIsLeftOut() {
    List<OptionalDouble> values =
        List.of(OptionalDouble.of(10), OptionalDouble.empty(), OptionalDouble.of(5));
    assertThat(TrendChart.range(Indicator.UNCOVERED_SLOTS, values)).containsExactly(0, 10);
    assertThat(TrendChart.points(Indicator.UNCOVERED_SLOTS, values))
        .isEqualTo("8.0,8.0 592.0,60.0");
  }

  @Test
  void deskNumbersSayTheChangeInPointsAndNothingAsADash() {
    assertThat(
            DeskNumbers.change(
                Indicator.COVERAGE, OptionalDouble.of(0.8), OptionalDouble.of(0.9), "pp"))
        .isEqualTo("-10.0 pp");
    assertThat(
            DeskNumbers.change(
                Indicator.COVERAGE, OptionalDouble.of(0.8), OptionalDouble.empty(), "pp"))
        .isEqualTo("—");
    assertThat(
            DeskNumbers.direction(
                Indicator.UNCOVERED_SLOTS, OptionalDouble.of(3), OptionalDouble.of(5)))
        .isEqualTo("better");
  }
}
