package cn.onegrid.data.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NightWindowTest {

  @Test
  void theEveningIsTheLastThreeSlotsOfEachDay() {
    assertThat(NightWindow.EVENING.holds(WeekSlots.index(1, 18))).isTrue();
    assertThat(NightWindow.EVENING.holds(WeekSlots.index(7, 22))).isTrue();
    assertThat(NightWindow.EVENING.holds(WeekSlots.index(1, 16))).isFalse();
    assertThat(NightWindow.EVENING.holds(WeekSlots.index(2, 0))).isFalse();
  }

  @Test
  void theMeanCountsOnlyNightSlots() {
    double[] week = new double[84];
    Arrays.fill(week, 1);
    for (int day = 1; day <= 7; day++) {
      week[WeekSlots.index(day, 22)] = 0;
    }

    assertThat(NightWindow.EVENING.mean(week))
        .isEqualTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(new NightWindow(0, 2).mean(week)).isEqualTo(1);
  }

  @Test
  void aWindowOfOddHoursOrBackwardsIsNone() {
    assertThatThrownBy(() -> new NightWindow(19, 24)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NightWindow(22, 18)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDutyMarksEverySlotItOverlaps() {
    boolean[] week = new boolean[84];
    WeekSlots.mark(week, 4, 19 * 60, 21 * 60);
    WeekSlots.mark(week, 7, 22 * 60, 1440);

    assertThat(week[WeekSlots.index(4, 18)]).isTrue();
    assertThat(week[WeekSlots.index(4, 20)]).isTrue();
    assertThat(week[WeekSlots.index(4, 22)]).isFalse();
    assertThat(week[WeekSlots.index(7, 22)]).isTrue();
    assertThat(week[83]).isTrue();
  }
}
