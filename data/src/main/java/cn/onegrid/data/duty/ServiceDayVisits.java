package cn.onegrid.data.duty;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Thursday grid service day (周四网格服务日): the visits of liaison leaders and departments to their
 * communities, recorded by the committee's staff or administrators, listed per month.
 */
public class ServiceDayVisits {

  static final int TEXT_MAX = 2000;

  private static final String SELECT =
      """
      SELECT v.id, v.liaison_id, l.name AS visitor, l.kind, c.code, c.name AS committee_name,
             v.visited_on, v.problems, v.follow_up, v.recorded_by
        FROM service_day_visit v JOIN liaison l ON l.id = v.liaison_id
        JOIN committee c ON c.id = l.committee_id
      """;

  private final JdbcClient jdbc;

  public ServiceDayVisits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keeps one visit. {@code committees} are the recorder's (staff), or null for everywhere
   * (administrators); a liaison outside them is not said to exist.
   *
   * @throws InvalidRecord naming {@code liaison}, {@code visitedOn}, {@code problems} or {@code
   *     followUp}
   */
  public Visit record(
      Long liaison,
      LocalDate visitedOn,
      String problems,
      String followUp,
      String username,
      List<String> committees) {
    if (liaison == null) {
      throw InvalidRecord.of("liaison", "visit.liaison-missing");
    }
    if (visitedOn == null) {
      throw InvalidRecord.of("visitedOn", "visit.date-missing");
    }
    if (visitedOn.getDayOfWeek() != DayOfWeek.THURSDAY) {
      throw InvalidRecord.of("visitedOn", "visit.not-thursday", visitedOn.toString());
    }
    if (visitedOn.isAfter(LocalDate.now(Compliance.TOWN_TIME))) {
      throw InvalidRecord.of("visitedOn", "visit.date-future");
    }
    String taken = text("problems", problems, true);
    String next = text("followUp", followUp, false);
    long id =
        jdbc.sql(
                """
                INSERT INTO service_day_visit (liaison_id, visited_on, problems, follow_up, recorded_by)
                SELECT l.id, :on, :problems, :followUp, :by
                  FROM liaison l JOIN committee c ON c.id = l.committee_id
                 WHERE l.id = :liaison AND (:everywhere OR c.code = ANY (:committees))
                RETURNING id
                """)
            .param("on", Date.valueOf(visitedOn))
            .param("problems", taken)
            .param("followUp", next)
            .param("by", username)
            .param("liaison", liaison)
            .param("everywhere", committees == null)
            .param(
                "committees",
                (committees == null ? List.<String>of() : committees).toArray(String[]::new))
            .query(Long.class)
            .optional()
            .orElseThrow(() -> InvalidRecord.of("liaison", "visit.no-liaison", liaison));
    return jdbc.sql(SELECT + " WHERE v.id = :id")
        .param("id", id)
        .query(ServiceDayVisits::visit)
        .single();
  }

  /**
   * The month's visits, latest first: one committee's, else those of {@code committees} (staff),
   * else every committee's (null, leaders and administrators).
   */
  public List<Visit> month(YearMonth month, String committee, List<String> committees) {
    return jdbc.sql(
            SELECT
                + """
                 WHERE v.visited_on >= :from AND v.visited_on < :to
                   AND (:committee::text IS NULL OR c.code = :committee)
                   AND (:everywhere OR c.code = ANY (:committees))
                 ORDER BY v.visited_on DESC, c.code, v.id
                """)
        .param("from", Date.valueOf(month.atDay(1)))
        .param("to", Date.valueOf(month.plusMonths(1).atDay(1)))
        .param("committee", committee, java.sql.Types.VARCHAR)
        .param("everywhere", committees == null)
        .param(
            "committees",
            (committees == null ? List.<String>of() : committees).toArray(String[]::new))
        .query(ServiceDayVisits::visit)
        .list();
  }

  /** The liaisons a recorder may name: id, name, kind and committee, by committee and name. */
  public List<Visit> liaisons(List<String> committees) {
    return jdbc.sql(
            """
            SELECT l.id, l.name, l.kind, c.code, c.name AS committee_name FROM liaison l
              JOIN committee c ON c.id = l.committee_id
             WHERE :everywhere OR c.code = ANY (:committees) ORDER BY c.code, l.name, l.id
            """)
        .param("everywhere", committees == null)
        .param(
            "committees",
            (committees == null ? List.<String>of() : committees).toArray(String[]::new))
        .query(
            (row, n) ->
                new Visit(
                    0,
                    row.getLong("id"),
                    row.getString("name"),
                    row.getString("kind"),
                    row.getString("code"),
                    row.getString("committee_name"),
                    null,
                    null,
                    null,
                    null))
        .list();
  }

  private static String text(String field, String value, boolean needed) {
    String kept = value == null ? "" : value.strip();
    if (kept.isEmpty()) {
      if (needed) {
        throw InvalidRecord.of(field, "visit." + field + "-missing");
      }
      return null;
    }
    if (kept.length() > TEXT_MAX) {
      throw InvalidRecord.of(field, "visit.text-too-long", field, TEXT_MAX);
    }
    return kept;
  }

  private static Visit visit(ResultSet row, int n) throws SQLException {
    return new Visit(
        row.getLong("id"),
        row.getLong("liaison_id"),
        row.getString("visitor"),
        row.getString("kind"),
        row.getString("code"),
        row.getString("committee_name"),
        row.getDate("visited_on").toLocalDate(),
        row.getString("problems"),
        row.getString("follow_up"),
        row.getString("recorded_by"));
  }
}
