package cn.onegrid.data.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.people.WeekHours;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportHoursTest {

  @Test
  void reportsInHoursWithoutDutyAreOffDuty() {
    int[] counts = new int[WeekHours.COUNT];
    counts[WeekHours.index(5, 20)] = 3;
    counts[WeekHours.index(4, 19)] = 2;
    boolean[] onDuty = new boolean[WeekHours.COUNT];
    WeekHours.mark(onDuty, 4, 19 * 60, 21 * 60);
    ReportHours reports = new ReportHours(counts);

    assertThat(reports.total()).isEqualTo(5);
    assertThat(reports.max()).isEqualTo(3);
    assertThat(reports.offDuty(onDuty)).isEqualTo(3);
    WeekHours.mark(onDuty, 5, 20 * 60, 22 * 60);
    assertThat(reports.offDuty(onDuty)).as("an evening slot added").isZero();
  }

  @Test
  void theLastQuarterIsTheThreeMonthsToToday() {
    ReportPeriod quarter = ReportPeriod.lastQuarter(LocalDate.of(2026, 12, 2));

    assertThat(quarter.from()).isEqualTo(LocalDate.of(2026, 9, 3));
    assertThat(quarter.to()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(quarter.end().toString())
        .as("midnight after today, Beijing time")
        .isEqualTo("2026-12-02T16:00:00Z");
  }

  @Test
  void aBackwardOrTooLongPeriodIsRefused() {
    assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1)))
        .isInstanceOf(InvalidQuery.class)
        .hasMessageContaining("2026-06-02");
    assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(InvalidQuery.class);
  }
}
