package cn.onegrid.data.incidents;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.SqlResource;
import cn.onegrid.data.people.WeekHours;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When reports come in beside when someone is on duty: per committee, reports per weekday and hour
 * of a period ({@link ReportHours}) and the hours its live posts have a slot, so a committee sees
 * the hours reports arrive with nobody on duty, and a plan's preview how many fewer its new slots
 * would leave so.
 */
public class IncidentHours {

  private static final String HOURS = SqlResource.load("incidents/hours.sql");
  private static final String DUTY = SqlResource.load("incidents/duty-hours.sql");

  private final JdbcClient jdbc;

  public IncidentHours(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One committee's chart over the period, or NotFound. */
  public Chart of(String committee, ReportPeriod period) {
    String name =
        jdbc.sql("SELECT name FROM committee WHERE code = :c")
            .param("c", committee)
            .query(String.class)
            .optional()
            .orElseThrow(() -> NotFound.of("people.no-committee", committee));
    boolean[] onDuty = new boolean[WeekHours.COUNT];
    jdbc.sql(DUTY)
        .param("committee", committee)
        .query(
            (row, n) -> {
              WeekHours.mark(
                  onDuty, row.getInt("weekday"), row.getInt("start"), row.getInt("finish"));
              return null;
            })
        .list();
    ReportHours reports =
        Optional.ofNullable(reports(List.of(committee), period).get(committee))
            .orElse(ReportHours.NONE);
    return new Chart(committee, name, period, reports, onDuty);
  }

  /** The reports of each committee over the period; a committee without any is left out. */
  public Map<String, ReportHours> reports(Collection<String> committees, ReportPeriod period) {
    Map<String, int[]> counts = new HashMap<>();
    jdbc.sql(HOURS)
        .param("committees", committees.toArray(String[]::new))
        .param("zone", Incidents.TOWN_TIME.getId())
        .param("from", Timestamp.from(period.start()))
        .param("to", Timestamp.from(period.end()))
        .query(
            (row, n) -> {
              int[] c =
                  counts.computeIfAbsent(row.getString("committee"), k -> new int[WeekHours.COUNT]);
              c[WeekHours.index(row.getInt("weekday"), row.getInt("hour"))] = row.getInt("reports");
              return null;
            })
        .list();
    Map<String, ReportHours> out = new HashMap<>();
    counts.forEach((code, c) -> out.put(code, new ReportHours(c)));
    return out;
  }

  /**
   * A committee's reports and duty hours over a period.
   *
   * @param onDuty 168 hours ({@link WeekHours}), true where a live post has a slot
   */
  public record Chart(
      String committee, String name, ReportPeriod period, ReportHours reports, boolean[] onDuty) {

    /** Reports that came in an hour nobody was on duty. */
    public int offDuty() {
      return reports.offDuty(onDuty);
    }

    public boolean onDuty(int weekday, int hour) {
      return onDuty[WeekHours.index(weekday, hour)];
    }
  }
}
