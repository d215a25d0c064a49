package cn.onegrid.data.incidents;

import cn.onegrid.data.SqlResource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Routes a place at a time to who is responsible: one statement on the GiST indexes (committee,
 * grids, the posts whose drawn area holds the place and their slot at that minute), then the words.
 * A place outside the town, or in no committee, is refused.
 */
public class IncidentRouting {

  private static final String ROUTE = SqlResource.load("incidents/route.sql");

  private final JdbcClient jdbc;

  public IncidentRouting(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param lon longitude in degrees
   * @param lat latitude in degrees
   * @param local the town's local time of the report
   * @throws IncidentRefusal when the place is outside the town or its committees
   */
  public Route route(double lon, double lat, LocalDateTime local) {
    if (!(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) {
      throw outside(lon, lat);
    }
    int weekday = local.getDayOfWeek().getValue();
    int minute = local.getHour() * 60 + local.getMinute();
    return jdbc.sql(ROUTE)
        .param("lon", lon)
        .param("lat", lat)
        .param("weekday", weekday)
        .param("minute", minute)
        .query((row, n) -> route(row, lon, lat, weekday, minute))
        .single();
  }

  private static Route route(ResultSet row, double lon, double lat, int weekday, int minute)
      throws SQLException {
    if (row.getObject("committee_id") == null) {
      throw outside(lon, lat);
    }
    String[] codes = (String[]) row.getArray("posts").getArray();
    Long[] ids = longs(row.getArray("post_ids"));
    Integer[] starts = (Integer[]) row.getArray("slot_starts").getArray();
    Integer[] ends = (Integer[]) row.getArray("slot_ends").getArray();
    int duty = -1;
    for (int i = 0; i < codes.length && duty < 0; i++) {
      duty = starts[i] >= 0 ? i : -1;
    }
    List<String> shortCodes = new ArrayList<>();
    for (String code : codes) {
      shortCodes.add(shortCode(code));
    }
    String place = row.getString("micro_name");
    place = place == null ? row.getString("grid_name") : place;
    String committeeName = row.getString("committee_name");
    RouteReason.Words words =
        RouteReason.of(
            place,
            committeeName,
            shortCodes,
            duty < 0 ? null : shortCodes.get(duty),
            weekday,
            minute,
            duty < 0 ? null : new int[] {starts[duty], ends[duty]});
    int routed = duty >= 0 ? duty : codes.length > 0 ? 0 : -1;
    return new Route(
        row.getLong("committee_id"),
        row.getString("committee"),
        committeeName,
        (Long) row.getObject("grid_id"),
        (Long) row.getObject("micro_id"),
        List.of(codes),
        routed < 0 ? null : ids[routed],
        routed < 0 ? null : codes[routed],
        duty >= 0,
        words);
  }

  /** A post's code within its committee: {@code P01}. */
  static String shortCode(String code) {
    int p = code.lastIndexOf('P');
    return p < 0 ? code : code.substring(p);
  }

  private static Long[] longs(Array array) throws SQLException {
    return (Long[]) array.getArray();
  }

  private static IncidentRefusal outside(double lon, double lat) {
    return new IncidentRefusal(
        IncidentRefusal.Kind.INVALID,
        "The place " + lon + ", " + lat + " is outside the town",
        "incidents.outside",
        lon,
        lat);
  }
}
