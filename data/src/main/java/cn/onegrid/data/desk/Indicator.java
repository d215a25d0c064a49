package cn.onegrid.data.desk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indicators the desk ranks committees by: the one registry, so a new indicator (duty
 * compliance, incidents) is one more constant. Each is SQL over a month's row {@code m} of {@code
 * analysis_month} (a committee's published results at {@code m.month}): the committee's value and
 * the town's aggregate over its committees. An indicator kept elsewhere reads the facts the
 * statements join per committee and {@code m.at}, the month being read (a committee's latest row
 * may be older): {@code mb}, {@code du} and {@code inc} of {@code sql/desk/month-facts.sql},
 * counted once per statement, never per row. Duty compliance takes {@code :leastDuties}. Night
 * coverage is the mean of the window's day slots, {@code NIGHT_MEAN}, which {@link Desk} writes out
 * for the night window asked.
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
  NIGHT_COVERAGE("night-coverage", Unit.RATIO, true, "NIGHT_MEAN", "avg(NIGHT_MEAN)"),
  /** Issue 15: the share of the committee's post members who kept the month's least duties. */
  DUTY_COMPLIANCE(
      "duty-compliance",
      Unit.RATIO,
      true,
      Indicator.KEPT + "::double precision / nullif(mb.members, 0)",
      "sum(" + Indicator.KEPT + ")::double precision / nullif(sum(mb.members), 0)"),
  /** Issue 16: incidents reported in the committee in the month (fewer first). */
  INCIDENTS("incidents", Unit.COUNT, false, "coalesce(inc.n, 0)", "sum(coalesce(inc.n, 0))");

  /** What a value is: a share from 0 to 1 (shown as a percentage), or a count. */
  public enum Unit {
    RATIO,
    COUNT
  }

  /** Members who kept the least duties (all of them when the rule asks for none). */
  private static final String KEPT =
      "(CASE WHEN :leastDuties <= 0 THEN mb.members ELSE coalesce(du.kept, 0) END)";

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
