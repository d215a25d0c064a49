package cn.onegrid.data.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.people.NightWindow;
import java.sql.Date;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The desk's history (kept by the trigger from each analysis), rankings and trends. */
class DeskIT {

  private static final String WEST = "310114118009";
  private static final String EAST = "310114118203";
  private static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Shanghai"));

  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
  private final Desk desk = TestDatabase.data().desk();

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
  }

  @Test
  void analysingKeepsEachCommitteesResultsForTheMonth() {
    TestDatabase.data().analyst().catchUp();
    List<Double> kept =
        jdbc.sql(
                "SELECT m.covered_m2 / m.area_m2 FROM analysis_month m"
                    + " JOIN analysis_committee a USING (committee_id)"
                    + " WHERE m.month = :month AND m.uncovered_slots ="
                    + " (SELECT count(*) FROM unnest(a.slot_ratios) r WHERE r = 0)"
                    + " AND abs(m.covered_m2 / m.area_m2 - a.coverage_ratio) < 1e-9"
                    + " AND cardinality(m.day_slot_ratios) = 12 ORDER BY committee_id")
            .param("month", Date.valueOf(NOW.atDay(1)))
            .query(Double.class)
            .list();
    assertThat(kept).hasSize(2);
  }

  @Test
  void analysingAgainInTheSameMonthReplacesTheMonthsRow() {
    TestDatabase.data().analyst().catchUp();
    jdbc.sql("UPDATE analysis_committee SET covered_m2 = area_m2 / 4").update();
    assertThat(jdbc.sql("SELECT count(*) FROM analysis_month").query(Integer.class).single())
        .isEqualTo(2);
    assertThat(desk.ranking(Indicator.COVERAGE, NOW, NightWindow.EVENING, 2))
        .allSatisfy(row -> assertThat(row.value().getAsDouble()).isCloseTo(0.25, within(1e-9)));
  }

  @Test
  void theRankingPutsTheBestFirstWithLastMonthBeside() {
    month(WEST, NOW.minusMonths(1), 0.50, 10);
    month(WEST, NOW, 0.60, 4);
    month(EAST, NOW.minusMonths(1), 0.90, 0);
    month(EAST, NOW, 0.80, 2);

    List<Desk.Ranked> coverage = desk.ranking(Indicator.COVERAGE, NOW, NightWindow.EVENING, 2);
    assertThat(coverage).extracting(Desk.Ranked::code).containsExactly(EAST, WEST);
    assertThat(coverage.get(0).value().getAsDouble()).isCloseTo(0.80, within(1e-9));
    assertThat(coverage.get(0).previous().getAsDouble()).isCloseTo(0.90, within(1e-9));
    assertThat(coverage).extracting(Desk.Ranked::rank).containsExactly(1, 2);

    assertThat(desk.ranking(Indicator.UNCOVERED_SLOTS, NOW, NightWindow.EVENING, 2))
        .as("fewer uncovered slots is better")
        .extracting(Desk.Ranked::code)
        .containsExactly(EAST, WEST);
  }

  @Test
  void aCommitteeNotAnalysedThisMonthKeepsItsLastValueAndOneNeverAnalysedComesLast() {
    month(EAST, NOW.minusMonths(2), 0.70, 0);
    List<Desk.Ranked> ranking = desk.ranking(Indicator.COVERAGE, NOW, NightWindow.EVENING, 2);
    assertThat(ranking).extracting(Desk.Ranked::code).containsExactly(EAST, WEST);
    assertThat(ranking.get(0).value().getAsDouble()).isCloseTo(0.70, within(1e-9));
    assertThat(ranking.get(0).previous().getAsDouble()).isCloseTo(0.70, within(1e-9));
    assertThat(ranking.get(1).value()).isEmpty();
    assertThat(ranking.get(1).lat()).isBetween(31.25, 31.26);
  }

  @Test
  void theTrendWeighsCommitteesByAreaAndCarriesEachForward() {
    month(WEST, NOW.minusMonths(1), 0.50, 10);
    month(EAST, NOW.minusMonths(1), 1.00, 0);
    month(WEST, NOW, 0.70, 6);

    List<Desk.TownMonth> trend = desk.trend(NOW, NightWindow.EVENING, 2);
    assertThat(trend).extracting(Desk.TownMonth::month).containsExactly(NOW.minusMonths(1), NOW);
    assertThat(trend.get(0).values().get(Indicator.COVERAGE).getAsDouble())
        .isCloseTo(0.75, within(1e-9));
    assertThat(trend.get(1).values().get(Indicator.COVERAGE).getAsDouble())
        .as("the east committee's last month counts this month too")
        .isCloseTo(0.85, within(1e-9));
    assertThat(trend.get(1).values().get(Indicator.UNCOVERED_SLOTS).getAsDouble()).isEqualTo(6);
  }

  @Test
  void nightCoverageIsTheMeanOfTheWindowsSlots() {
    month(WEST, NOW, 0.5, 0); // day slots 0..11 hold 0, 1/11, …, 1: 18–24 h is slots 9, 10, 11
    OptionalDouble night =
        desk.ranking(Indicator.NIGHT_COVERAGE, NOW, NightWindow.EVENING, 2).get(0).value();
    assertThat(night.getAsDouble()).isCloseTo(10.0 / 11, within(1e-9));
    OptionalDouble early =
        desk.ranking(Indicator.NIGHT_COVERAGE, NOW, new NightWindow(0, 4), 2).get(0).value();
    assertThat(early.getAsDouble()).isCloseTo(0.5 / 11, within(1e-9));
  }

  @Test
  void everyIndicatorRanksAndTrends() {
    month(WEST, NOW, 0.5, 3);
    month(EAST, NOW, 0.5, 3); // no post members: ranked after west, which has some
    for (Indicator indicator : Indicator.values()) {
      assertThat(desk.ranking(indicator, NOW, NightWindow.EVENING, 2).get(0).value())
          .as(indicator.id())
          .isPresent();
      assertThat(desk.trend(NOW, NightWindow.EVENING, 2).get(0).values().get(indicator))
          .as(indicator.id())
          .isPresent();
    }
  }

  /**
   * Duties and incidents are what happened in the month read, even when the committee's latest
   * analysed row is older: west's only row is last month's.
   */
  @Test
  void dutiesAndIncidentsCountTheMonthReadNotTheMonthAnalysed() {
    month(WEST, NOW.minusMonths(1), 0.5, 0);
    month(EAST, NOW.minusMonths(1), 0.5, 0);
    String first = "(SELECT min(id) FROM person)";
    String second = "(SELECT max(id) FROM person)";
    duty(first, NOW, "none");
    duty(first, NOW, "confirmed");
    duty(second, NOW, "none"); // one duty: below the rule of two
    duty(second, NOW, "rejected"); // never counts
    duty(second, NOW.minusMonths(1), "none");
    for (int i = 0; i < 3; i++) {
      incident(WEST, NOW);
    }
    incident(WEST, NOW.minusMonths(1));

    int members =
        jdbc.sql(
                "SELECT count(*) FROM duty_post_member m JOIN duty_post d ON d.id = m.post_id"
                    + " WHERE d.code = :post")
            .param("post", WEST + "P01")
            .query(Integer.class)
            .single();
    assertThat(members).isGreaterThan(1);
    Desk.Ranked duties = rankedWest(Indicator.DUTY_COMPLIANCE);
    assertThat(duties.value().getAsDouble())
        .as("one of its members kept two")
        .isCloseTo(1.0 / members, within(1e-9));
    assertThat(duties.previous().getAsDouble()).isEqualTo(0.0);
    Desk.Ranked incidents = rankedWest(Indicator.INCIDENTS);
    assertThat(incidents.value().getAsDouble()).isEqualTo(3);
    assertThat(incidents.previous().getAsDouble()).isEqualTo(1);
    Desk.TownMonth town = desk.trend(NOW, NightWindow.EVENING, 2).get(1);
    assertThat(town.month()).isEqualTo(NOW);
    assertThat(town.values().get(Indicator.INCIDENTS).getAsDouble()).isEqualTo(3);
    assertThat(town.values().get(Indicator.DUTY_COMPLIANCE).getAsDouble())
        .as("east has no post members: the town is west's")
        .isCloseTo(1.0 / members, within(1e-9));
  }

  private Desk.Ranked rankedWest(Indicator indicator) {
    return desk.ranking(indicator, NOW, NightWindow.EVENING, 2).stream()
        .filter(r -> r.code().equals(WEST))
        .findFirst()
        .orElseThrow();
  }

  private void duty(String person, YearMonth month, String review) {
    jdbc.sql(
            "INSERT INTO duty_record (post_id, committee_id, person_id, duty_type, starts_at,"
                + " ends_at, place, flags, review, review_reason, reviewed_at, recorded_by)"
                + " SELECT d.id, d.committee_id, "
                + person
                + ", 'sanitation', CAST(:at AS timestamptz), CAST(:at AS timestamptz)"
                + " + interval '2 hours', d.location,"
                + " CASE WHEN CAST(:review AS text) = 'none' THEN '{}' ELSE '{outside_area}'"
                + " END::text[], CAST(:review AS text),"
                + " CASE WHEN CAST(:review AS text) = 'rejected' THEN 'not there' END,"
                + " CASE WHEN CAST(:review AS text) = 'none' THEN NULL ELSE now() END, 'test'"
                + " FROM duty_post d WHERE d.code = :post")
        .param("at", java.sql.Timestamp.from(middle(month)))
        .param("review", review)
        .param("post", WEST + "P01")
        .update();
  }

  private void incident(String committee, YearMonth month) {
    jdbc.sql(
            "INSERT INTO incident (type_id, location, description, reported_by, reported_at,"
                + " due_at, committee_id, uncovered, reason_zh, reason_en)"
                + " SELECT 'city_appearance', ST_PointOnSurface(c.boundary), 'test', 'test',"
                + " CAST(:at AS timestamptz), CAST(:at AS timestamptz) + interval '3 days', c.id,"
                + " false, '测试', 'test'"
                + " FROM committee c WHERE c.code = :code")
        .param("at", java.sql.Timestamp.from(middle(month)))
        .param("code", committee)
        .update();
  }

  private static java.time.Instant middle(YearMonth month) {
    return month.atDay(10).atTime(20, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
  }

  @Test
  void aSampleTownsPastIsIllustrativeMadeUpTheSameEveryTime() {
    SampleHistory history = TestDatabase.data().sampleHistory();
    assertThat(history.write(NOW)).isEqualTo(2 * SampleHistory.MONTHS);
    String first =
        jdbc.sql(
                "SELECT string_agg(md5(m::text), ',' ORDER BY committee_id, month) FROM analysis_month m")
            .query(String.class)
            .single();
    List<Desk.TownMonth> trend = desk.trend(NOW.minusMonths(1), NightWindow.EVENING, 2);
    assertThat(trend).hasSize(SampleHistory.MONTHS).allMatch(Desk.TownMonth::illustrative);
    assertThat(trend)
        .allSatisfy(
            m -> assertThat(m.values().get(Indicator.COVERAGE).getAsDouble()).isBetween(0.0, 1.0));
    TestDatabase.data().analyst().catchUp();
    assertThat(desk.trend(NOW, NightWindow.EVENING, 2).get(SampleHistory.MONTHS).illustrative())
        .as("this month is the analysis's own")
        .isFalse();
    jdbc.sql("DELETE FROM analysis_month").update();
    history.write(NOW);
    assertThat(
            jdbc.sql(
                    "SELECT string_agg(md5(m::text), ',' ORDER BY committee_id, month) FROM analysis_month m")
                .query(String.class)
                .single())
        .isEqualTo(first);
  }

  /** A month's row: 1 km² of which {@code coverage} covered, day slots rising from 0 to 1. */
  private void month(String code, YearMonth month, double coverage, int uncovered) {
    Double[] day = new Double[12];
    for (int i = 0; i < 12; i++) {
      day[i] = i / 11.0;
    }
    jdbc.sql(
            "INSERT INTO analysis_month (committee_id, month, computed_at, area_m2, covered_m2,"
                + " catchment_ratio, uncovered_slots, day_slot_ratios)"
                + " SELECT id, :month, now(), 1e6, :covered, :coverage, :uncovered, :day"
                + " FROM committee WHERE code = :code")
        .param("code", code)
        .param("month", Date.valueOf(month.atDay(1)))
        .param("covered", coverage * 1e6)
        .param("coverage", coverage)
        .param("uncovered", uncovered)
        .param("day", day)
        .update();
  }
}
