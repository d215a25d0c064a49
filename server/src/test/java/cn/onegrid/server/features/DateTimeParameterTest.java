package cn.onegrid.server.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTimeParameterTest {

  private static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant NOV_20 = Instant.parse("2026-11-20T00:00:00Z");

  @Test
  void aDateTimeIsAnIntervalOfOneInstant() {
    assertThat(DateTimeParameter.parse("2026-11-01T08:00:00+08:00"))
        .isEqualTo(new DateTimeParameter(Optional.of(NOV_1), Optional.of(NOV_1)));
  }

  @Test
  void aClosedInterval() {
    assertThat(DateTimeParameter.parse("2026-11-01T00:00:00Z/2026-11-20T00:00:00Z"))
        .isEqualTo(new DateTimeParameter(Optional.of(NOV_1), Optional.of(NOV_20)));
  }

  @Test
  void intervalsOpenAtEitherEndWithDotsOrNothing() {
    assertThat(DateTimeParameter.parse("../2026-11-20T00:00:00Z"))
        .isEqualTo(new DateTimeParameter(Optional.empty(), Optional.of(NOV_20)));
    assertThat(DateTimeParameter.parse("2026-11-01T00:00:00Z/"))
        .isEqualTo(new DateTimeParameter(Optional.of(NOV_1), Optional.empty()));
  }

  @Test
  void anIntervalOpenAtBothEndsIsRefused() {
    assertThatThrownBy(() -> DateTimeParameter.parse("../.."))
        .isInstanceOfSatisfying(
            InvalidQuery.class, e -> assertThat(e.key()).isEqualTo("query.datetime-open"));
  }

  @Test
  void anIntervalEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> DateTimeParameter.parse("2026-11-20T00:00:00Z/2026-11-01T00:00:00Z"))
        .isInstanceOfSatisfying(
            InvalidQuery.class, e -> assertThat(e.key()).isEqualTo("query.datetime-backwards"));
  }

  @Test
  void notADateTimeIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> DateTimeParameter.parse("yesterday"))
        .isInstanceOfSatisfying(
            InvalidQuery.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("datetime");
              assertThat(e.key()).isEqualTo("query.datetime");
              assertThat(e.args()).containsExactly("yesterday", "yesterday");
            });
  }
}
