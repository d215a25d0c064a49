package cn.onegrid.data.incidents;

import cn.onegrid.data.InvalidQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days whose reports are counted, both included, on the town's clock; backwards or longer than
 * {@link #MAX_DAYS} is an {@link InvalidQuery} (400).
 *
 * @param from the first day
 * @param to the last day
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  /** At most a year and a day: longer is refused, not slowly counted. */
  public static final int MAX_DAYS = 366;

  public ReportPeriod {
    if (from.isAfter(to)) {
      throw InvalidQuery.of("from", "incidents.period-order", from, to);
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw InvalidQuery.of("to", "incidents.period-length", from, to, MAX_DAYS);
    }
  }

  /** The last quarter: the three months up to and including {@code today}. */
  public static ReportPeriod lastQuarter(LocalDate today) {
    return new ReportPeriod(today.minusMonths(3).plusDays(1), today);
  }

  /** The last quarter up to today on the town's clock. */
  public static ReportPeriod lastQuarter(Clock clock) {
    return lastQuarter(LocalDate.now(clock.withZone(Incidents.TOWN_TIME)));
  }

  /** The first instant counted. */
  public Instant start() {
    return from.atStartOfDay(Incidents.TOWN_TIME).toInstant();
  }

  /** The first instant not counted. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(Incidents.TOWN_TIME).toInstant();
  }
}
