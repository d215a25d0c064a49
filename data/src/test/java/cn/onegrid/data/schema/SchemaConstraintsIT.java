package cn.onegrid.data.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses bad geometry and broken hierarchy, whoever writes. */
class SchemaConstraintsIT {

  private static final String SQUARE =
      "MULTIPOLYGON(((121.30 31.25,121.31 31.25,121.31 31.26,121.30 31.26,121.30 31.25)))";
  private static final String BOWTIE =
      "MULTIPOLYGON(((121.30 31.25,121.31 31.26,121.31 31.25,121.30 31.26,121.30 31.25)))";

  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
  private long committee;

  @BeforeEach
  void oneTownOneCommittee() {
    TestDatabase.truncateAll();
    jdbc.sql(
            "INSERT INTO town (code, name, boundary) VALUES ('310114118', '江桥镇', ST_GeomFromText(?, 4326))")
        .param(SQUARE)
        .update();
    committee =
        jdbc.sql(
                "INSERT INTO committee (town_id, code, kind, name, boundary)"
                    + " SELECT id, '310114118009', 'residents_committee', '金华社区居委会', boundary FROM town"
                    + " RETURNING id")
            .query(Long.class)
            .single();
  }

  @Test
  void selfIntersectingBoundaryIsRefused() {
    assertThatThrownBy(() -> setCommitteeBoundary("ST_GeomFromText('" + BOWTIE + "', 4326)"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("committee_boundary_check");
  }

  @Test
  void emptyBoundaryIsRefused() {
    assertThatThrownBy(() -> setCommitteeBoundary("ST_GeomFromText('MULTIPOLYGON EMPTY', 4326)"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void otherSridIsRefused() {
    assertThatThrownBy(
            () ->
                setCommitteeBoundary("ST_Transform(ST_GeomFromText('" + SQUARE + "', 4326), 3857)"))
        .hasMessageContaining("SRID");
  }

  @Test
  void pointInsteadOfPolygonIsRefused() {
    assertThatThrownBy(() -> setCommitteeBoundary("ST_SetSRID(ST_MakePoint(121.3, 31.25), 4326)"))
        .hasMessageContaining("Geometry type (Point) does not match column type (MultiPolygon)");
  }

  @Test
  void updateBumpsVersionAndDataRevision() {
    long revisionBefore = revision();
    setCommitteeBoundary("ST_GeomFromText('" + SQUARE + "', 4326)");
    assertThat(
            jdbc.sql("SELECT version FROM committee WHERE id = ?")
                .param(committee)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(revision()).isGreaterThan(revisionBefore);
  }

  @Test
  void gridCodeMustExtendItsParentsCode() {
    insertGrid(null, "comprehensive", 1, "31011411800901");
    assertThatThrownBy(() -> insertGrid(null, "comprehensive", 2, "31011411800909"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("must be its parent's code 310114118009 followed by sequence 02");
  }

  @Test
  void microGridHangsUnderAComprehensiveGridOfTheSameCommittee() {
    long comprehensive = insertGrid(null, "comprehensive", 1, "31011411800901");
    long micro = insertGrid(comprehensive, "micro", 1, "3101141180090101");
    assertThatThrownBy(() -> insertGrid(micro, "micro", 1, "310114118009010101"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("is not a comprehensive grid");
  }

  @Test
  void unknownDutyTypeIsRefused() {
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO duty_post (committee_id, code, name, location, duty_types)"
                            + " VALUES (?, '310114118009P01', '岗', ST_SetSRID(ST_MakePoint(121.305, 31.255), 4326),"
                            + " ARRAY['karaoke'])")
                    .param(committee)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("unknown duty type");
  }

  private void setCommitteeBoundary(String geometrySql) {
    jdbc.sql("UPDATE committee SET boundary = " + geometrySql + " WHERE id = ?")
        .param(committee)
        .update();
  }

  private long insertGrid(Long parent, String level, int seq, String code) {
    return jdbc.sql(
            "INSERT INTO grid (committee_id, parent_id, level, seq, code, name, boundary)"
                + " SELECT id, ?, ?, ?, ?, '网格', boundary FROM committee WHERE id = ? RETURNING id")
        .params(parent, level, seq, code, committee)
        .query(Long.class)
        .single();
  }

  private long revision() {
    return jdbc.sql("SELECT revision FROM data_revision").query(Long.class).single();
  }
}
