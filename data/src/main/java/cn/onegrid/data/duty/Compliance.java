package cn.onegrid.data.duty;

import cn.onegrid.data.NotFound;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How members, posts, committees and the town keep the month's {@link DutyRules}. A post's members
 * are its roster ({@code duty_post_member}, posts in service); a member's duties are their records
 * that started in the month (in the town's time) and count: nothing flagged, or confirmed by staff
 * (a flagged record counts once confirmed, never when rejected), wherever they served. A
 * committee's groups are its party groups, each with its activities held in the month.
 */
public class Compliance {

  public static final ZoneId TOWN_TIME = ZoneId.of("Asia/Shanghai");

  private static final String MEMBERS =
      """
      WITH roster AS (
        SELECT DISTINCT d.committee_id, m.person_id
          FROM duty_post_member m JOIN duty_post d ON d.id = m.post_id AND d.retired_at IS NULL),
      done AS (
        SELECT person_id, count(*)::int AS duties FROM duty_record
         WHERE starts_at >= :from AND starts_at < :to AND review IN ('none', 'confirmed')
         GROUP BY person_id),
      held AS (
        SELECT g.committee_id, g.id,
               (SELECT count(*)::int FROM party_group_activity a
                 WHERE a.group_id = g.id AND a.held_on >= :firstDay AND a.held_on < :nextFirstDay) AS n
          FROM party_group g)
      """;

  private final JdbcClient jdbc;

  public Compliance(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every committee's figures for the month, best first (rate, then duties, then code). */
  public List<ComplianceFigures> committees(YearMonth month, DutyRules rules) {
    List<ComplianceFigures> committees =
        jdbc.sql(
                MEMBERS
                    + """
                    SELECT c.code, c.name,
                           coalesce(m.members, 0) AS members, coalesce(m.compliant, 0) AS compliant,
                           coalesce(m.at_zero, 0) AS at_zero, coalesce(m.duties, 0) AS duties,
                           coalesce(g.groups, 0) AS groups, coalesce(g.compliant, 0) AS groups_compliant,
                           coalesce(m.duties, 0) * :pointsDuty + coalesce(g.activities, 0) * :pointsActivity AS points
                      FROM committee c
                      LEFT JOIN (SELECT r.committee_id, count(*)::int AS members,
                                        count(*) FILTER (WHERE coalesce(d.duties, 0) >= :min)::int AS compliant,
                                        count(*) FILTER (WHERE d.duties IS NULL)::int AS at_zero,
                                        coalesce(sum(d.duties), 0)::int AS duties
                                   FROM roster r LEFT JOIN done d ON d.person_id = r.person_id
                                  GROUP BY r.committee_id) m ON m.committee_id = c.id
                      LEFT JOIN (SELECT committee_id, count(*)::int AS groups,
                                        count(*) FILTER (WHERE n >= :minActivities)::int AS compliant,
                                        sum(n)::int AS activities
                                   FROM held GROUP BY committee_id) g ON g.committee_id = c.id
                    """)
            .params(bounds(month, rules))
            .query(Compliance::figures)
            .list();
    return committees.stream().sorted(RANKING).toList();
  }

  /** The town's figures: the sum of its committees'. */
  public ComplianceFigures town(List<ComplianceFigures> committees) {
    return committees.stream()
        .reduce(
            new ComplianceFigures("town", "", 0, 0, 0, 0, 0, 0, 0),
            (a, b) ->
                new ComplianceFigures(
                    a.code(),
                    a.name(),
                    a.members() + b.members(),
                    a.compliant() + b.compliant(),
                    a.atZero() + b.atZero(),
                    a.duties() + b.duties(),
                    a.groups() + b.groups(),
                    a.groupsCompliant() + b.groupsCompliant(),
                    a.points() + b.points()));
  }

  /** One committee's posts: their members, how many keep the rule, duties recorded there. */
  public List<ComplianceFigures> posts(String committee, YearMonth month, DutyRules rules) {
    requireCommittee(committee);
    return jdbc
        .sql(
            MEMBERS
                + """
                SELECT p.code, p.name, count(m.person_id)::int AS members,
                       count(m.person_id) FILTER (WHERE coalesce(d.duties, 0) >= :min)::int AS compliant,
                       count(m.person_id) FILTER (WHERE m.person_id IS NOT NULL AND d.duties IS NULL)::int AS at_zero,
                       (SELECT count(*)::int FROM duty_record r
                         WHERE r.post_id = p.id AND r.starts_at >= :from AND r.starts_at < :to
                           AND r.review IN ('none', 'confirmed')) AS duties,
                       0 AS groups, 0 AS groups_compliant, 0 AS points
                  FROM duty_post p JOIN committee c ON c.id = p.committee_id
                  LEFT JOIN duty_post_member m ON m.post_id = p.id
                  LEFT JOIN done d ON d.person_id = m.person_id
                 WHERE c.code = :committee AND p.retired_at IS NULL
                 GROUP BY p.id, p.code, p.name ORDER BY p.code
                """)
        .params(bounds(month, rules))
        .param("committee", committee)
        .query(Compliance::figures)
        .list()
        .stream()
        .map(p -> withPoints(p, rules))
        .toList();
  }

  /** One committee's members, fewest duties first (those at zero lead), then by name. */
  public List<MemberFigures> members(String committee, YearMonth month, DutyRules rules) {
    requireCommittee(committee);
    return jdbc.sql(
            MEMBERS
                + """
                SELECT pe.id, pe.name, coalesce(d.duties, 0) AS duties
                  FROM roster r JOIN committee c ON c.id = r.committee_id
                  JOIN person pe ON pe.id = r.person_id
                  LEFT JOIN done d ON d.person_id = r.person_id
                 WHERE c.code = :committee
                 ORDER BY coalesce(d.duties, 0), pe.name, pe.id
                """)
        .params(bounds(month, rules))
        .param("committee", committee)
        .query(
            (row, n) -> {
              int duties = row.getInt("duties");
              return new MemberFigures(
                  row.getLong("id"),
                  row.getString("name"),
                  duties,
                  duties * rules.pointsPerDuty(),
                  duties >= rules.minDutiesPerMember());
            })
        .list();
  }

  /**
   * Best first: the share who keep the rule, then duties, then the committee's code; committees
   * with no members on a post roster last (they keep nothing yet).
   */
  static final Comparator<ComplianceFigures> RANKING =
      Comparator.comparing((ComplianceFigures f) -> f.members() == 0)
          .thenComparing(Comparator.comparingDouble(ComplianceFigures::rate).reversed())
          .thenComparing(Comparator.comparingInt(ComplianceFigures::duties).reversed())
          .thenComparing(ComplianceFigures::code);

  private static ComplianceFigures withPoints(ComplianceFigures p, DutyRules rules) {
    return new ComplianceFigures(
        p.code(),
        p.name(),
        p.members(),
        p.compliant(),
        p.atZero(),
        p.duties(),
        0,
        0,
        p.duties() * rules.pointsPerDuty());
  }

  private void requireCommittee(String code) {
    if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM committee WHERE code = :c)")
        .param("c", code)
        .query(Boolean.class)
        .single()) {
      throw NotFound.of("map.no-committee", code);
    }
  }

  /** The month in the town's time: its instants for records, its days for activities. */
  static Map<String, Object> bounds(YearMonth month, DutyRules rules) {
    LocalDate first = month.atDay(1);
    LocalDate next = month.plusMonths(1).atDay(1);
    Instant from = first.atStartOfDay(TOWN_TIME).toInstant();
    Instant to = next.atStartOfDay(TOWN_TIME).toInstant();
    return Map.of(
        "from", Timestamp.from(from),
        "to", Timestamp.from(to),
        "firstDay", Date.valueOf(first),
        "nextFirstDay", Date.valueOf(next),
        "min", rules.minDutiesPerMember(),
        "minActivities", rules.minActivitiesPerGroup(),
        "pointsDuty", rules.pointsPerDuty(),
        "pointsActivity", rules.pointsPerActivity());
  }

  private static ComplianceFigures figures(ResultSet row, int n) throws SQLException {
    return new ComplianceFigures(
        row.getString("code"),
        row.getString("name"),
        row.getInt("members"),
        row.getInt("compliant"),
        row.getInt("at_zero"),
        row.getInt("duties"),
        row.getInt("groups"),
        row.getInt("groups_compliant"),
        row.getInt("points"));
  }
}
