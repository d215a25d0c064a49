package cn.onegrid.data.duty;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DutyTimesTest {

  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  @Test
  void aDutyThatEndedAnHourAgoIsKept() {
    assertThatCode(() -> DutyBook.checkTimes(NOW.minusSeconds(7200), NOW.minusSeconds(3600), NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void aPhoneClockAFewMinutesAheadIsForgiven() {
    assertThatCode(() -> DutyBook.checkTimes(NOW.minusSeconds(600), NOW.plusSeconds(120), NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void aStartInTheFutureIsTheStartsFault() {
    assertThatThrownBy(() -> DutyBook.checkTimes(NOW.plusSeconds(3600), NOW.plusSeconds(7200), NOW))
        .isInstanceOfSatisfying(
            InvalidRecord.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("start"));
  }

  @Test
  void anEndBeforeTheStartOrMoreThanADayLaterIsTheEndsFault() {
    assertThatThrownBy(() -> DutyBook.checkTimes(NOW.minusSeconds(60), NOW.minusSeconds(120), NOW))
        .hasMessageContaining("end: duty.end-before-start");
    Instant start = NOW.minus(Duration.ofHours(30));
    assertThatThrownBy(() -> DutyBook.checkTimes(start, start.plus(Duration.ofHours(25)), NOW))
        .hasMessageContaining("end: duty.too-long");
    assertThatCode(() -> DutyBook.checkTimes(start, start.plus(Duration.ofHours(24)), NOW))
        .doesNotThrowAnyException();
  }
}
