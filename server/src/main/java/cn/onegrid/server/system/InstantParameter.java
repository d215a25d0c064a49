package cn.onegrid.server.system;

import cn.onegrid.data.InvalidQuery;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A moment given in a query ({@code datetime}, {@code from}, {@code to}): ISO 8601 with its offset,
 * in the years PostgreSQL's {@code timestamptz} and people both mean (1 to 9999); a moment outside
 * them is the client's mistake, not a database error.
 */
public final class InstantParameter {

  private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("0001-01-01T00:00:00Z");
  private static final OffsetDateTime LATEST = OffsetDateTime.parse("9999-12-31T23:59:59Z");

  private InstantParameter() {}

  /**
   * @throws InvalidQuery naming {@code parameter} when the text is no such moment
   */
  public static OffsetDateTime parse(String parameter, String text) {
    OffsetDateTime moment;
    try {
      moment = OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidQuery.of(parameter, "query.instant", parameter, text);
    }
    if (moment.isBefore(EARLIEST) || moment.isAfter(LATEST)) {
      throw InvalidQuery.of(parameter, "query.instant-range", parameter, text);
    }
    return moment;
  }
}
