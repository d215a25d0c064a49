package cn.onegrid.data.duty;

import java.sql.Date;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where duties were done: a committee's patrolled area in a month, which triggers keep in {@code
 * patrolled_area} (V87) as records arrive and are reviewed. This class holds what the triggers do
 * not: the buffer the town sets, and recomputing a committee-month on demand.
 */
public class PatrolledAreas {

  private final JdbcClient jdbc;

  public PatrolledAreas(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Buffers records by {@code metres} from now on; when that is a change, every committee-month is
   * recomputed with it (once, in one statement).
   *
   * @return whether the buffer changed
   */
  public boolean useBuffer(double metres) {
    if (!(metres > 0 && metres <= 500)) {
      throw new IllegalArgumentException("the patrol buffer is more than 0 and at most 500 m");
    }
    int changed =
        jdbc.sql("UPDATE patrol_setting SET buffer_m = :m WHERE buffer_m <> :m")
            .param("m", metres)
            .update();
    if (changed > 0) {
      jdbc.sql(
              "SELECT patrolled_refresh(k.committee_id, k.month) FROM (SELECT DISTINCT"
                  + " committee_id, duty_month(starts_at) AS month FROM duty_record) k")
          .query((row, n) -> n)
          .list();
    }
    return changed > 0;
  }

  /** Recomputes one committee's month from its records; the area patrolled in m² (0: none). */
  public double refresh(String committee, YearMonth month) {
    Date first = Date.valueOf(month.atDay(1));
    jdbc.sql("SELECT patrolled_refresh(id, :month) FROM committee WHERE code = :committee")
        .param("committee", committee)
        .param("month", first)
        .query((row, n) -> n)
        .list();
    return jdbc.sql(
            "SELECT coalesce(sum(pa.area_m2), 0) FROM patrolled_area pa JOIN committee c"
                + " ON c.id = pa.committee_id WHERE c.code = :committee AND pa.month = :month")
        .param("committee", committee)
        .param("month", first)
        .query(Double.class)
        .single();
  }
}
