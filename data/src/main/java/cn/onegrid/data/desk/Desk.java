package cn.onegrid.data.desk;

import cn.onegrid.data.SqlResource;
import cn.onegrid.data.people.NightWindow;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's reads: committees ranked by an {@link Indicator} with the month before, and the
 * town's value of every indicator month by month, both from {@code analysis_month} (the published
 * history). Each is one statement; at city scale (6,000 committees) both answer well under a second
 * ({@code bench/desk}).
 */
public class Desk {

  /** At most this many months of trend (two years). */
  public static final int MONTHS = 24;

  private static final String FACTS = SqlResource.load("desk/month-facts.sql");
  private static final String RANKING =
      SqlResource.load("desk/ranking.sql").replace("FACTS", FACTS);
  private static final String TREND = SqlResource.load("desk/trend.sql").replace("FACTS", FACTS);

  private final JdbcClient jdbc;

  public Desk(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A committee's place: its value at the month and the month before (empty if not analysed). */
  public record Ranked(
      int rank,
      String code,
      String name,
      OptionalDouble value,
      OptionalDouble previous,
      double lat,
      double lng,
      double widthDegrees,
      double heightDegrees) {}

  /** The town's value of each indicator at a month; {@code illustrative} for sample history. */
  public record TownMonth(
      YearMonth month, Map<Indicator, OptionalDouble> values, boolean illustrative) {}

  /** Every committee, best first by the indicator at {@code month}; never analysed ones last. */
  public List<Ranked> ranking(
      Indicator indicator, YearMonth month, NightWindow night, int leastDuties) {
    String sql =
        RANKING
            .replace("VALUE", indicator.committeeSql())
            .replace("NIGHT_MEAN", nightMean(night))
            .replace("ORDER NULLS", indicator.higherIsBetter() ? "DESC NULLS" : "ASC NULLS");
    int[] rank = {0};
    return jdbc.sql(sql)
        .param("first", Date.valueOf(month.minusMonths(1).atDay(1)))
        .param("last", Date.valueOf(month.atDay(1)))
        .param("leastDuties", leastDuties)
        .query(
            (rs, row) ->
                new Ranked(
                    ++rank[0],
                    rs.getString("code"),
                    rs.getString("name"),
                    number(rs, "value"),
                    number(rs, "previous"),
                    rs.getDouble("lat"),
                    rs.getDouble("lng"),
                    rs.getDouble("width"),
                    rs.getDouble("height")))
        .list();
  }

  /**
   * The town's value of every indicator per month up to {@code last}, for at most {@link #MONTHS}.
   */
  public List<TownMonth> trend(YearMonth last, NightWindow night, int leastDuties) {
    String town =
        Arrays.stream(Indicator.values())
            .map(i -> "(" + i.townSql() + ")::double precision AS \"" + i.id() + "\"")
            .collect(Collectors.joining(", "));
    return jdbc.sql(TREND.replace("TOWN", town).replace("NIGHT_MEAN", nightMean(night)))
        .param("first", Date.valueOf(last.minusMonths(MONTHS - 1).atDay(1)))
        .param("last", Date.valueOf(last.atDay(1)))
        .param("leastDuties", leastDuties)
        .query(
            (rs, row) -> {
              Map<Indicator, OptionalDouble> values = new EnumMap<>(Indicator.class);
              for (Indicator indicator : Indicator.values()) {
                values.put(indicator, number(rs, indicator.id()));
              }
              return new TownMonth(
                  YearMonth.from(rs.getDate("at").toLocalDate()),
                  values,
                  rs.getBoolean("illustrative"));
            })
        .list();
  }

  /**
   * The night slots' mean of a row's 12 day slots as arithmetic on the array: an unnest per row was
   * most of the trend's cost at city scale (144,000 rows).
   */
  private static String nightMean(NightWindow night) {
    StringJoiner sum = new StringJoiner(" + ", "((", ")");
    for (int hour = night.from(); hour < night.to(); hour += 2) {
      sum.add("m.day_slot_ratios[" + (hour / 2 + 1) + "]");
    }
    return sum + " / " + (night.to() - night.from()) / 2 + ".0)";
  }

  private static OptionalDouble number(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
