package cn.onegrid.server.features;

import cn.onegrid.data.InvalidQuery;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The {@code datetime} parameter of OGC API - Features Part 1 (7.15.4): an RFC 3339 date-time or an
 * interval {@code start/end} whose either end may be open ({@code ..} or empty).
 *
 * <p>No OneGrid collection has a temporal geometry (a feature's last edit is a fact about the
 * record, not the time the feature is valid for), so by /req/core/fc-time-response C a valid {@code
 * datetime} matches every feature: it is checked, and then filters nothing.
 *
 * @param start the interval's start, empty when open; equal to end for a single date-time
 * @param end the interval's end, empty when open
 */
record DateTimeParameter(Optional<Instant> start, Optional<Instant> end) {

  static final String NAME = "datetime";

  private static final String OPEN = "..";

  /** Reads {@code text}, or refuses it with a message that says what a valid value looks like. */
  static DateTimeParameter parse(String text) {
    String value = text.strip();
    int slash = value.indexOf('/');
    if (slash < 0) {
      Instant instant = instant(value, text);
      return new DateTimeParameter(Optional.of(instant), Optional.of(instant));
    }
    Optional<Instant> start = end(value.substring(0, slash), text);
    Optional<Instant> end = end(value.substring(slash + 1), text);
    if (start.isEmpty() && end.isEmpty()) {
      throw InvalidQuery.of(NAME, "query.datetime-open", text);
    }
    if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
      throw InvalidQuery.of(NAME, "query.datetime-backwards", text);
    }
    return new DateTimeParameter(start, end);
  }

  private static Optional<Instant> end(String part, String text) {
    return part.isEmpty() || part.equals(OPEN)
        ? Optional.empty()
        : Optional.of(instant(part, text));
  }

  private static Instant instant(String part, String text) {
    try {
      return OffsetDateTime.parse(part).toInstant();
    } catch (DateTimeException e) { // unparseable, or beyond what an instant holds
      throw InvalidQuery.of(NAME, "query.datetime", part, text);
    }
  }
}
