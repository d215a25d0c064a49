package cn.onegrid.data.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.sample.SampleTownGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The analyses on the whole sample town, checked against PostGIS's own geodesic answers. */
class AnalystIT {

  private static final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
  private static final Analyst analyst = TestDatabase.data().analyst();

  @BeforeAll
  static void sampleTownAnalysed() {
    TestDatabase.truncateAll();
    TestDatabase.data().samples().load(SampleTownGenerator.generate());
    analyst.catchUp();
  }

  @Test
  void everyCommitteeIsAnalysed() {
    assertThat(count("SELECT count(*) FROM analysis_committee")).isEqualTo(58);
    assertThat(count("SELECT count(*) FROM analysis_stale")).isZero();
    assertThat(count("SELECT count(*) FROM analysis_feature WHERE kind = 'gap'")).isPositive();
    assertThat(count("SELECT count(*) FROM analysis_feature WHERE kind = 'overlap'")).isPositive();
    assertThat(count("SELECT count(*) FROM analysis_feature WHERE kind = 'blind_spot'"))
        .isEqualTo(58);
  }

  @Test
  void analysisShapesArePolygonsAndBlindSpotsPoints() {
    // Shapes valid in metres can turn invalid in degrees; ST_MakeValid once kept their collapsed
    // slivers as lines, so three gaps of the sample town were GeometryCollections.
    assertThat(
            count(
                "SELECT count(*) FROM analysis_feature WHERE kind <> 'blind_spot'"
                    + " AND ST_GeometryType(shape) NOT IN ('ST_Polygon', 'ST_MultiPolygon')"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM analysis_feature WHERE kind = 'blind_spot'"
                    + " AND ST_GeometryType(shape) <> 'ST_Point'"))
        .isZero();
  }

  @Test
  void areasAgreeWithGeodesicAreasWithinHalfAPercent() {
    List<Map<String, Object>> rows =
        jdbc.sql(
                "SELECT a.area_m2, ST_Area(c.boundary::geography) AS geodesic"
                    + " FROM analysis_committee a JOIN committee c ON c.id = a.committee_id")
            .query()
            .listOfRows();
    assertThat(rows)
        .hasSize(58)
        .allSatisfy(
            row -> {
              double ours = (double) row.get("area_m2");
              double postgis = (double) row.get("geodesic");
              assertThat(Math.abs(ours - postgis) / postgis).isLessThan(0.005);
            });
  }

  @Test
  void gapAreasMatchPostgisDifferenceOfUnionWithinATenthOfAPercent() {
    List<Map<String, Object>> rows =
        jdbc.sql(
                """
                SELECT c.code, a.area_m2 - a.covered_m2 AS ours,
                       ST_Area(ST_Difference(c.boundary, coalesce(
                           (SELECT ST_Union(ST_Intersection(d.area, c.boundary)) FROM duty_post d
                             WHERE d.committee_id = c.id AND d.area IS NOT NULL),
                           ST_GeomFromText('POLYGON EMPTY', 4326)))::geography) AS postgis
                  FROM committee c JOIN analysis_committee a ON a.committee_id = c.id
                """)
            .query()
            .listOfRows();
    assertThat(rows)
        .hasSize(58)
        .allSatisfy(
            row -> {
              double ours = (double) row.get("ours");
              double postgis = (double) row.get("postgis");
              assertThat(Math.abs(ours - postgis))
                  .as("committee %s", row.get("code"))
                  .isLessThanOrEqualTo(Math.max(postgis * 0.001, 1.0));
            });
  }

  @Test
  void oneEditRecomputesOnlyItsCommittee() {
    String committee = "310114118009";
    double before = ratio(committee);
    jdbc.sql(
            "UPDATE duty_post SET area = ST_Multi(ST_Buffer(location::geography, 20)::geometry)"
                + " WHERE code = (SELECT min(d.code) FROM duty_post d JOIN committee c ON c.id = d.committee_id"
                + " WHERE c.code = ?)")
        .param(committee)
        .update();
    assertThat(count("SELECT count(*) FROM analysis_stale")).isEqualTo(1);
    assertThat(analyst.catchUp()).isEqualTo(1);
    assertThat(ratio(committee)).isNotEqualTo(before);
  }

  @Test
  void slotRatiosCoverTheWholeWeekAndJinhuaIsCoveredAtNight() {
    double midnight =
        jdbc.sql(
                "SELECT a.slot_ratios[1] FROM analysis_committee a JOIN committee c ON c.id = a.committee_id"
                    + " WHERE c.code = '310114118009'")
            .query(Double.class)
            .single();
    assertThat(midnight).isPositive();
  }

  @Test
  void townPartitionOfTheSampleIsHealthy() {
    assertThat(
            count(
                "SELECT count(*) FROM analysis_feature WHERE scope = 'committees' AND finding IN ('overlap', 'gap')"))
        .isZero();
  }

  @Test
  void aCommitteeReachingIntoItsNeighbourIsFoundInTheSameCatchUp() {
    String committee = "310114118009";
    byte[] boundary =
        jdbc.sql("SELECT ST_AsEWKB(boundary) FROM committee WHERE code = ?")
            .param(committee)
            .query(byte[].class)
            .single();
    try {
      jdbc.sql(
              "UPDATE committee SET boundary = ST_Multi(ST_Buffer(boundary, 0.001)) WHERE code = ?")
          .param(committee)
          .update();
      assertThat(analyst.catchUp()).isEqualTo(1);
      assertThat(count("SELECT count(*) FROM analysis_town_stale")).isZero();
      assertThat(
              count(
                  "SELECT count(*) FROM analysis_feature WHERE scope = 'committees' AND finding = 'overlap'"))
          .isPositive();
    } finally {
      jdbc.sql("UPDATE committee SET boundary = ST_GeomFromEWKB(?) WHERE code = ?")
          .param(boundary)
          .param(committee)
          .update();
      analyst.catchUp();
    }
    assertThat(
            count(
                "SELECT count(*) FROM analysis_feature WHERE scope = 'committees' AND finding = 'overlap'"))
        .isZero();
  }

  private static double ratio(String committee) {
    return jdbc.sql(
            "SELECT coverage_ratio FROM analysis_committee a JOIN committee c ON c.id = a.committee_id WHERE c.code = ?")
        .param(committee)
        .query(Double.class)
        .single();
  }

  private static long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
