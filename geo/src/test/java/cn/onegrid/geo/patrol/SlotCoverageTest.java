package cn.onegrid.geo.patrol;

import static cn.onegrid.geo.Fixtures.region;
import static cn.onegrid.geo.Fixtures.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.onegrid.geo.patrol.SlotCoverage.Slot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class SlotCoverageTest {

  private static final Geometry COMMITTEE = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
  private static final DutyRoster WEST_DAYTIME =
      new DutyRoster(
          region("P01", "POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))"), weekdays(8 * 60, 18 * 60));
  private static final DutyRoster EAST_NIGHTS =
      new DutyRoster(region("P02", "POLYGON ((50 0, 100 0, 100 100, 50 100, 50 0))"), everyNight());

  @Test
  void theWeekHas84TwoHourSlots() {
    SlotCoverage coverage = SlotCoverage.of(COMMITTEE, List.of(WEST_DAYTIME, EAST_NIGHTS));
    assertThat(coverage.slots()).hasSize(84);
    assertThat(coverage.slots().get(0)).isEqualTo(new Slot(1, 0, 0.0, List.of()));
  }

  @Test
  void onlyPostsOnDutyCount() {
    SlotCoverage coverage = SlotCoverage.of(COMMITTEE, List.of(WEST_DAYTIME, EAST_NIGHTS));
    assertThat(slot(coverage, 3, 10).ratio()).isEqualTo(0.5, offset(1e-12));
    assertThat(slot(coverage, 3, 10).postIds()).containsExactly("P01");
    assertThat(slot(coverage, 6, 20).postIds()).containsExactly("P02");
    assertThat(slot(coverage, 6, 10).ratio()).isZero();
  }

  @Test
  void aSlotCountsAPostOnDutyForPartOfIt() {
    // 08:00–18:00 touches the 16–18 slot fully and the 06–08 slot not at all.
    SlotCoverage coverage = SlotCoverage.of(COMMITTEE, List.of(WEST_DAYTIME));
    assertThat(slot(coverage, 1, 16).postIds()).containsExactly("P01");
    assertThat(slot(coverage, 1, 6).postIds()).isEmpty();
  }

  @Test
  void worstSlotsComeFirstInWeekOrder() {
    SlotCoverage coverage = SlotCoverage.of(COMMITTEE, List.of(WEST_DAYTIME, EAST_NIGHTS));
    List<Slot> worst = coverage.worst(2);
    assertThat(worst).extracting(Slot::ratio).containsOnly(0.0);
    assertThat(worst.get(0).weekday()).isEqualTo(1);
    assertThat(worst.get(0).startHour()).isEqualTo(0);
  }

  @Test
  void committeeWithNoPostIsUncoveredAllWeek() {
    assertThat(SlotCoverage.of(COMMITTEE, List.of()).slots())
        .allSatisfy(s -> assertThat(s.ratio()).isZero());
  }

  private static Slot slot(SlotCoverage coverage, int weekday, int hour) {
    return coverage.slots().stream()
        .filter(s -> s.weekday() == weekday && s.startHour() == hour)
        .findFirst()
        .orElseThrow();
  }

  private static List<WeeklySlot> weekdays(int from, int to) {
    List<WeeklySlot> slots = new ArrayList<>();
    for (int day = 1; day <= 5; day++) {
      slots.add(new WeeklySlot(day, from, to));
    }
    return slots;
  }

  private static List<WeeklySlot> everyNight() {
    List<WeeklySlot> slots = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      slots.add(new WeeklySlot(day, 19 * 60, 24 * 60));
    }
    return slots;
  }
}
