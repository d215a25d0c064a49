package cn.onegrid.data.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.sample.SampleTownGenerator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sample town's three months of duty records: evening-heavy, some members below the rule, a few
 * flagged, all illustrative, the same from the same seed.
 */
class SampleDutyRecordsIT {

  private static final LocalDate UNTIL = LocalDate.of(2026, 11, 16);

  private static final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
  private static int made;

  @BeforeAll
  static void sampleTown() {
    TestDatabase.truncateAll();
    TestDatabase.data().samples().load(SampleTownGenerator.generate());
    made = TestDatabase.data().sampleDutyRecords().generate(SampleDutyRecords.DEFAULT_SEED, UNTIL);
  }

  @Test
  void threeMonthsOfIllustrativeRecordsUpToTheDay() {
    assertThat(made).isGreaterThan(1000);
    assertThat(count("TRUE")).isEqualTo(made);
    assertThat(count("illustrative AND recorded_by = 'sample'")).isEqualTo(made);
    assertThat(
            jdbc.sql(
                    "SELECT string_agg(m, ',' ORDER BY m) FROM (SELECT DISTINCT"
                        + " to_char(starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS m"
                        + " FROM duty_record) x")
                .query(String.class)
                .single())
        .isEqualTo("2026-09,2026-10,2026-11");
    assertThat(count("starts_at >= '2026-11-16T00:00+08'")).isZero();
  }

  /** Members with evening slots walk the nightly rounds: at those slots, and more often. */
  @Test
  void eveningMembersServeInTheEveningAndMoreOften() {
    String evening = "(extract(hour FROM s.starts_at) >= 18 OR extract(hour FROM s.starts_at) < 3)";
    String perMember =
        """
        SELECT avg((SELECT count(*) FROM duty_record r WHERE r.person_id = m.person_id))
          FROM (SELECT DISTINCT person_id FROM duty_post_member) m
         WHERE %s EXISTS (SELECT 1 FROM duty_slot s JOIN duty_slot_member sm ON sm.slot_id = s.id
                           WHERE sm.person_id = m.person_id AND %s)
        """;
    double eveningMembers = jdbc.sql(perMember.formatted("", evening)).query(Double.class).single();
    double dayMembers = jdbc.sql(perMember.formatted("NOT", evening)).query(Double.class).single();
    long dayRecordsOfEveningMembers =
        count(
            "'far_from_slot' <> ALL(flags) AND NOT (extract(hour FROM starts_at AT TIME ZONE"
                + " 'Asia/Shanghai') >= 18 OR extract(hour FROM starts_at AT TIME ZONE"
                + " 'Asia/Shanghai') < 3) AND person_id IN (SELECT sm.person_id FROM duty_slot s"
                + " JOIN duty_slot_member sm ON sm.slot_id = s.id WHERE "
                + evening
                + ")");

    assertThat(eveningMembers).isGreaterThan(1.5 * dayMembers);
    assertThat(dayRecordsOfEveningMembers).isZero();
  }

  @Test
  void someMembersKeepBelowTheRuleInAFullMonth() {
    Compliance compliance = TestDatabase.data().compliance();
    ComplianceFigures town =
        compliance.town(compliance.committees(YearMonth.of(2026, 10), DutyRules.defaults()));

    assertThat(town.members()).isPositive();
    assertThat(town.members() - town.compliant())
        .as("members below twice a month")
        .isPositive()
        .isLessThan(town.members() / 4);
    assertThat(town.atZero()).isPositive();
  }

  @Test
  void aFewFlaggedRecordsReviewedInPastMonthsAndWaitingInThisOne() {
    long flagged = count("cardinality(flags) > 0");

    assertThat(flagged).isPositive().isLessThan(made / 10);
    assertThat(count("review = 'pending' AND starts_at < '2026-11-01T00:00+08'")).isZero();
    assertThat(count("review = 'pending'")).isPositive();
    assertThat(count("review = 'confirmed'")).isPositive();
    assertThat(count("review = 'rejected' AND review_reason IS NOT NULL")).isPositive();
    assertThat(count("'far_from_slot' = ANY(flags)")).isPositive();
  }

  @Test
  void placesLieWhereTheirFlagsSay() {
    String outsideArea = "NOT ST_CoveredBy(r.place, ST_Buffer(d.area::geography, 30)::geometry)";
    long outsideFlagged =
        jdbc.sql(
                "SELECT count(*) FROM duty_record r JOIN duty_post d ON d.id = r.post_id"
                    + " WHERE d.area IS NOT NULL AND 'outside_area' = ANY(r.flags) AND "
                    + outsideArea)
            .query(Long.class)
            .single();
    long outsideUnflagged =
        jdbc.sql(
                "SELECT count(*) FROM duty_record r JOIN duty_post d ON d.id = r.post_id"
                    + " WHERE d.area IS NOT NULL AND NOT 'outside_area' = ANY(r.flags) AND "
                    + outsideArea)
            .query(Long.class)
            .single();

    assertThat(outsideFlagged).isEqualTo(count("'outside_area' = ANY(flags)")).isPositive();
    assertThat(outsideUnflagged).isZero();
    assertThat(count("GeometryType(place) = 'LINESTRING'")).isPositive();
  }

  @Test
  void theSameSeedGivesTheSameRecords() {
    List<String> first = rows();
    jdbc.sql("DELETE FROM duty_record").update();
    TestDatabase.data().sampleDutyRecords().generate(SampleDutyRecords.DEFAULT_SEED, UNTIL);

    assertThat(rows()).isEqualTo(first).hasSize(made);
  }

  private static List<String> rows() {
    return jdbc.sql(
            "SELECT person_id || ' ' || post_id || ' ' || starts_at || ' ' || ST_AsText(place)"
                + " || ' ' || review FROM duty_record ORDER BY 1")
        .query(String.class)
        .list();
  }

  private static long count(String where) {
    return jdbc.sql("SELECT count(*) FROM duty_record WHERE " + where).query(Long.class).single();
  }
}
