package cn.onegrid.data.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sample town loaded into a real PostGIS: the schema accepts it and PostGIS agrees it tiles.
 */
class SampleDatasetLoaderIT {

  static SampleDataset town;
  static SampleCounts loaded;
  static JdbcClient db;

  @BeforeAll
  static void load() {
    TestDatabase.truncateAll();
    town = SampleTownGenerator.generate();
    loaded = TestDatabase.data().samples().load(town);
    db = JdbcClient.create(TestDatabase.dataSource());
  }

  @Test
  void everyRowOfTheDatasetIsLoaded() {
    assertThat(loaded).isEqualTo(town.counts());
    assertThat(count("committee")).isEqualTo(58);
    assertThat(count("grid")).isEqualTo(loaded.comprehensiveGrids() + loaded.microGrids());
    assertThat(count("duty_slot_member")).isEqualTo(loaded.dutySlotMembers());
    assertThat(count("person")).isEqualTo(loaded.persons());
  }

  @Test
  void committeesUnionToTheTownOutlineInPostgis() {
    double relative =
        db.sql(
                """
                SELECT ST_Area(ST_SymDifference(u.boundary, t.boundary)) / ST_Area(t.boundary)
                FROM town t, (SELECT ST_Union(boundary) AS boundary FROM committee) u
                """)
            .query(Double.class)
            .single();

    assertThat(relative).isLessThan(1e-9);
  }

  @Test
  void noTwoCommitteesOverlapInPostgis() {
    double overlap =
        db.sql(
                """
                SELECT coalesce(sum(ST_Area(ST_Intersection(a.boundary, b.boundary))), 0)
                FROM committee a JOIN committee b ON a.id < b.id AND a.boundary && b.boundary
                WHERE ST_Relate(a.boundary, b.boundary, '2********')
                """)
            .query(Double.class)
            .single();
    int touching =
        db.sql(
                """
                SELECT count(*) FROM committee a JOIN committee b
                  ON a.id < b.id AND a.boundary && b.boundary AND ST_Touches(a.boundary, b.boundary)
                """)
            .query(Integer.class)
            .single();

    assertThat(overlap).isZero();
    assertThat(touching).isGreaterThan(100);
  }

  @Test
  void microGridsUnionToTheirCommitteeInPostgis() {
    double worst =
        db.sql(
                """
                SELECT max(ST_Area(ST_SymDifference(g.boundary, c.boundary)) / ST_Area(c.boundary))
                FROM committee c
                JOIN (SELECT committee_id, ST_Union(boundary) AS boundary
                      FROM grid WHERE level = 'micro' GROUP BY committee_id) g
                  ON g.committee_id = c.id
                """)
            .query(Double.class)
            .single();

    assertThat(worst).isLessThan(1e-9);
  }

  @Test
  void everyPostMemberHasASlotEveryWeekInPostgis() {
    int idle =
        db.sql(
                """
                SELECT count(*) FROM duty_post_member m
                WHERE NOT EXISTS (SELECT 1 FROM duty_slot s JOIN duty_slot_member sm ON sm.slot_id = s.id
                                  WHERE s.post_id = m.post_id AND sm.person_id = m.person_id)
                """)
            .query(Integer.class)
            .single();

    assertThat(idle).isZero();
  }

  @Test
  void aboutAThirdOfThePartyMembersAreRegisteredWithAHomeUnitAndAServiceProject() {
    long expected = town.persons().stream().filter(RegisteredMembers::registered).count();
    int members =
        db.sql("SELECT count(*) FROM person WHERE role = 'party_member'")
            .query(Integer.class)
            .single();

    assertThat(
            db.sql(
                    "SELECT count(*) FROM person WHERE registered AND role = 'party_member'"
                        + " AND illustrative AND home_unit LIKE '%（示例）'"
                        + " AND service_project IS NOT NULL")
                .query(Integer.class)
                .single())
        .isEqualTo((int) expected)
        .isBetween(members / 4, members / 2);
    assertThat(
            db.sql("SELECT count(*) FROM person WHERE registered AND role <> 'party_member'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void jinhuaHasNightSlotsOnEveryWeekdayInPostgis() {
    int nights =
        db.sql(
                """
                SELECT count(DISTINCT s.weekday) FROM duty_slot s JOIN duty_post p ON p.id = s.post_id
                JOIN committee c ON c.id = p.committee_id
                WHERE c.code = ? AND s.starts_at >= '20:00' AND s.ends_at = '00:00'
                """)
            .param("310114118009")
            .query(Integer.class)
            .single();

    assertThat(nights).isEqualTo(7);
  }

  @Test
  void everythingBelowTheTownIsMarkedIllustrative() {
    int plain =
        db.sql(
                """
                SELECT (SELECT count(*) FROM committee WHERE NOT illustrative)
                     + (SELECT count(*) FROM grid WHERE NOT illustrative)
                     + (SELECT count(*) FROM person WHERE NOT illustrative)
                     + (SELECT count(*) FROM duty_post WHERE NOT illustrative)
                """)
            .query(Integer.class)
            .single();

    assertThat(plain).isZero();
  }

  @Test
  void secondLoadOfTheSameCodesIsRefusedAndLeavesNothingBehind() {
    int persons = count("person");

    assertThatThrownBy(() -> TestDatabase.data().samples().load(town))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(count("person")).isEqualTo(persons);
    assertThat(count("town")).isEqualTo(1);
  }

  private static int count(String table) {
    return db.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }
}
