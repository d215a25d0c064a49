package cn.onegrid.data.desk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indicators the desk ranks committees by: the one registry, so a new indicator (duty
 * compliance, incidents) is one more constant. Each is SQL over a month's row {@code m} of {@code
 * analysis_month} (a committee's published results at {@code m.month}): the committee's value and
 * the town's aggregate over its committees. An indicator kept elsewhere looks its own table up by
 * {@code m.committee_id} and {@code m.at}, the month being read (a committee's latest row may be
 * older). Duty compliance takes {@code :leastDuties}. Night coverage takes {@code :nightFrom} and
 * {@code :nightTo} (even hours).
 */
public enum Indicator {
  COVERAGE(
      "coverage",
      Unit.RATIO,
      true,
      "m.covered_m2 / nullif(m.area_m2, 0)",
      "sum(m.covered_m2) / nullif(sum(m.area_m2), 0)"),
  WALKING_COVERAGE(
      "walking-coverage",
      Unit.RATIO,
      true,
      "m.catchment_ratio",
      "sum(m.catchment_ratio * m.area_m2) / nullif(sum(m.area_m2), 0)"),
  UNCOVERED_SLOTS(
      "uncovered-slots", Unit.COUNT, false, "m.uncovered_slots", "sum(m.uncovered_slots)"),
  NIGHT_COVERAGE(
      "night-coverage", Unit.RATIO, true, Indicator.NIGHT, "avg(" + Indicator.NIGHT + ")"),
  /** Issue 15: the share of the committee's post members who kept the month's least duties. */
  DUTY_COMPLIANCE(
      "duty-compliance",
      Unit.RATIO,
      true,
      "(SELECT kept::double precision / nullif(members, 0) FROM " + Indicator.DUTIES + ")",
      "sum((SELECT kept FROM "
          + Indicator.DUTIES
          + "))::double precision / nullif(sum((SELECT members FROM "
          + Indicator.DUTIES
          + ")), 0)"),
  /** Issue 16: incidents reported in the committee in the month (fewer first). */
  INCIDENTS(
      "incidents",
      Unit.COUNT,
      false,
      Indicator.INCIDENTS_SQL,
      "sum(" + Indicator.INCIDENTS_SQL + ")");

  /** What a value is: a share from 0 to 1 (shown as a percentage), or a count. */
  public enum Unit {
    RATIO,
    COUNT
  }

  private static final String NIGHT =
      "(SELECT avg(r) FROM unnest(m.day_slot_ratios) WITH ORDINALITY AS u(r, i)"
          + " WHERE (i - 1) * 2 >= :nightFrom AND (i - 1) * 2 < :nightTo)";

  /** The month m.at as the town's time span, for tables of timestamps. */
  private static final String FROM = "(m.at::timestamp AT TIME ZONE 'Asia/Shanghai')";

  private static final String UNTIL =
      "((m.at + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai')";

  /**
   * A committee's post members (posts in service) and how many kept {@code :leastDuties} in the
   * month, counting records as {@code Compliance} does (not flagged, or confirmed).
   */
  private static final String DUTIES =
      "(SELECT count(*) AS members, count(*) FILTER (WHERE d.n >= :leastDuties) AS kept"
          + " FROM (SELECT DISTINCT pm.person_id FROM duty_post_member pm"
          + " JOIN duty_post p ON p.id = pm.post_id AND p.retired_at IS NULL"
          + " WHERE p.committee_id = m.committee_id) r"
          + " CROSS JOIN LATERAL (SELECT count(*) AS n FROM duty_record x"
          + " WHERE x.person_id = r.person_id AND x.review IN ('none', 'confirmed')"
          + " AND x.starts_at >= "
          + FROM
          + " AND x.starts_at < "
          + UNTIL
          + ") d) duties";

  private static final String INCIDENTS_SQL =
      "(SELECT count(*) FROM incident i WHERE i.committee_id = m.committee_id"
          + " AND i.state <> 'void' AND i.reported_at >= "
          + FROM
          + " AND i.reported_at < "
          + UNTIL
          + ")";

  private final String id;
  private final Unit unit;
  private final boolean higherIsBetter;
  private final String committeeSql;
  private final String townSql;

  Indicator(String id, Unit unit, boolean higherIsBetter, String committeeSql, String townSql) {
    this.id = id;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
    this.committeeSql = committeeSql;
    this.townSql = townSql;
  }

  /** The indicator's name in URLs and message keys ({@code desk.indicator.<id>}). */
  public String id() {
    return id;
  }

  public Unit unit() {
    return unit;
  }

  /** Whether a higher value is better: the ranking puts the best first. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  String committeeSql() {
    return committeeSql;
  }

  String townSql() {
    return townSql;
  }

  public static Optional<Indicator> of(String id) {
    return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
  }
}
