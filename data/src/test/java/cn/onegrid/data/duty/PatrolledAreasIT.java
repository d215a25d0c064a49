package cn.onegrid.data.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.people.NightWindow;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A committee's patrolled area in a month (V87): counting records' places buffered by 50 m,
 * unioned, clipped to the committee; kept by triggers as records arrive and are reviewed.
 */
class PatrolledAreasIT {

  /** A 50 m buffer of a point with four segments a quarter: a 16-gon, 97.4 % of the circle. */
  private static final double ONE_POINT_M2 = 0.9745 * Math.PI * 50 * 50;

  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
  }

  @Test
  void aRecordsPlaceBufferedIsItsCommitteesPatrolledAreaForTheMonth() {
    record("POINT(121.305 31.255)", "2026-11-03T20:10+08", "{}", "none");

    assertThat(rows()).containsExactly("310114118009 2026-11 1");
    assertThat(area("2026-11")).isCloseTo(ONE_POINT_M2, within(60.0));
  }

  @Test
  void laterRecordsAreUnionedInAndOverlapsCountOnce() {
    record("POINT(121.305 31.255)", "2026-11-03T20:10+08", "{}", "none");
    record("POINT(121.305 31.255)", "2026-11-05T20:10+08", "{}", "none");
    record("POINT(121.302 31.252)", "2026-11-07T20:10+08", "{}", "none");

    assertThat(rows()).containsExactly("310114118009 2026-11 3");
    assertThat(area("2026-11")).isCloseTo(2 * ONE_POINT_M2, within(120.0));
  }

  @Test
  void aTrackCoversAStripAlongIt() {
    // about 190 m east to west: a 100 m wide strip with round ends
    record("LINESTRING(121.303 31.255,121.305 31.255)", "2026-11-03T20:10+08", "{}", "none");

    assertThat(area("2026-11")).isBetween(190 * 100 + 0.9 * ONE_POINT_M2, 191 * 100 + ONE_POINT_M2);
  }

  @Test
  void thePartBeyondTheCommitteeIsCut() {
    // on the committee's west edge: half the circle lies outside it (but inside no other)
    record("POINT(121.30 31.255)", "2026-11-03T20:10+08", "{}", "none");

    assertThat(area("2026-11")).isCloseTo(ONE_POINT_M2 / 2, within(60.0));
  }

  @Test
  void aFlaggedRecordCountsOnceConfirmedAndNotWhenRejected() {
    long flagged =
        record("POINT(121.305 31.255)", "2026-11-03T05:10+08", "{far_from_slot}", "pending");
    assertThat(rows()).isEmpty();

    jdbc.sql("UPDATE duty_record SET review = 'confirmed', reviewed_at = now() WHERE id = :id")
        .param("id", flagged)
        .update();
    assertThat(rows()).containsExactly("310114118009 2026-11 1");

    jdbc.sql(
            "UPDATE duty_record SET review = 'rejected', review_reason = 'x', reviewed_at = now()"
                + " WHERE id = :id")
        .param("id", flagged)
        .update();
    assertThat(rows()).isEmpty();
  }

  @Test
  void monthsAreTheTownsAndKeptApart() {
    record("POINT(121.305 31.255)", "2026-10-31T23:30+08", "{}", "none"); // 15:30 UTC on the 31st
    record("POINT(121.305 31.255)", "2026-11-01T00:30+08", "{}", "none"); // still October in UTC

    assertThat(rows()).containsExactly("310114118009 2026-10 1", "310114118009 2026-11 1");
  }

  @Test
  void oneStatementsRecordsAreUnionedOncePerCommitteeMonth() {
    jdbc.sql(
            """
            INSERT INTO duty_record (post_id, committee_id, person_id, duty_type, starts_at, ends_at,
                                     place, recorded_by)
            SELECT d.id, d.committee_id, d.leader_id, 'sanitation', t, t + interval '1 hour',
                   ST_SetSRID(ST_MakePoint(121.302 + 0.001 * n, 31.255), 4326), 'test'
              FROM duty_post d, generate_series(0, 5) AS n,
                   LATERAL (SELECT timestamptz '2026-11-03T20:00+08' + n * interval '1 day' AS t) x
             WHERE d.code = '310114118009P01'
            """)
        .update();

    assertThat(rows()).containsExactly("310114118009 2026-11 6");
  }

  @Test
  void aWiderBufferRecomputesEveryMonthAndARefreshGivesTheSame() {
    PatrolledAreas areas = TestDatabase.data().patrolledAreas();
    record("POINT(121.305 31.255)", "2026-11-03T20:10+08", "{}", "none");
    try {
      assertThat(areas.useBuffer(100)).isTrue();
      assertThat(area("2026-11")).isCloseTo(4 * ONE_POINT_M2, within(240.0));
      assertThat(areas.useBuffer(100)).isFalse();
      assertThat(areas.refresh("310114118009", YearMonth.of(2026, 11)))
          .isCloseTo(4 * ONE_POINT_M2, within(240.0));
      assertThat(areas.refresh("310114118009", YearMonth.of(2026, 10))).isZero();
    } finally {
      areas.useBuffer(50);
    }
  }

  @Test
  void theCommitteesCardGivesThisMonthsPatrolledShare() {
    String now = java.time.OffsetDateTime.now(Compliance.TOWN_TIME).minusMinutes(1).toString();
    record("POINT(121.305 31.255)", now, "{}", "none");

    String card =
        TestDatabase.data().map().committeeCard("310114118009", NightWindow.EVENING).orElseThrow();
    double committee =
        jdbc.sql("SELECT ST_Area(boundary::geography) FROM committee WHERE code = '310114118009'")
            .query(Double.class)
            .single();

    assertThat(cardValue(card, "records")).isEqualTo("1");
    assertThat(cardValue(card, "month")).isEqualTo(YearMonth.now(Compliance.TOWN_TIME).toString());
    assertThat(Double.parseDouble(cardValue(card, "ratio")))
        .isCloseTo(ONE_POINT_M2 / committee, within(0.001));
  }

  private String cardValue(String card, String name) {
    return jdbc.sql("SELECT CAST(:card AS json) -> 'patrolled' ->> :name")
        .param("card", card)
        .param("name", name)
        .query(String.class)
        .single();
  }

  private long record(String wkt, String start, String flags, String review) {
    return jdbc.sql(
            """
            INSERT INTO duty_record (post_id, committee_id, person_id, duty_type, starts_at, ends_at,
                                     place, flags, review, recorded_by)
            SELECT d.id, d.committee_id, d.leader_id, 'sanitation', CAST(:start AS timestamptz),
                   CAST(:start AS timestamptz) + interval '1 hour',
                   ST_GeomFromText(:wkt, 4326), CAST(:flags AS text[]), :review, 'test'
              FROM duty_post d WHERE d.code = '310114118009P01'
            RETURNING id
            """)
        .param("wkt", wkt)
        .param("start", start)
        .param("flags", flags)
        .param("review", review)
        .query(Long.class)
        .single();
  }

  private List<String> rows() {
    return jdbc.sql(
            "SELECT c.code || ' ' || to_char(pa.month, 'YYYY-MM') || ' ' || pa.records"
                + " FROM patrolled_area pa JOIN committee c ON c.id = pa.committee_id"
                + " ORDER BY c.code, pa.month")
        .query(String.class)
        .list();
  }

  private double area(String month) {
    return jdbc.sql(
            "SELECT ST_Area(shape::geography) FROM patrolled_area"
                + " WHERE to_char(month, 'YYYY-MM') = :month")
        .param("month", month)
        .query(Double.class)
        .single();
  }
}
