package cn.onegrid.data.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeekHoursTest {

  @Test
  void mondayMidnightIsFirstAndSundayElevenPmLast() {
    assertThat(WeekHours.index(1, 0)).isZero();
    assertThat(WeekHours.index(7, 23)).isEqualTo(167);
  }

  @Test
  void aDutyMarksEveryHourItOverlaps() {
    boolean[] hours = new boolean[WeekHours.COUNT];

    WeekHours.mark(hours, 4, 19 * 60 + 30, 21 * 60);

    assertThat(hours[WeekHours.index(4, 18)]).isFalse();
    assertThat(hours[WeekHours.index(4, 19)]).as("half an hour counts").isTrue();
    assertThat(hours[WeekHours.index(4, 20)]).isTrue();
    assertThat(hours[WeekHours.index(4, 21)]).as("ends on the hour").isFalse();
  }

  @Test
  void aDutyEndingAtMidnightMarksTheDaysLastHourOnly() {
    boolean[] hours = new boolean[WeekHours.COUNT];

    WeekHours.mark(hours, 5, 22 * 60, 1440);

    assertThat(hours[WeekHours.index(5, 22)]).isTrue();
    assertThat(hours[WeekHours.index(5, 23)]).isTrue();
    assertThat(hours[WeekHours.index(6, 0)]).isFalse();
  }
}
