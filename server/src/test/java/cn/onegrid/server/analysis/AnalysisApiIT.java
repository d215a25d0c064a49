package cn.onegrid.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.server.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Analysis results reach the map API: indicators in the summary, shapes as collections. */
class AnalysisApiIT extends ApiTest {

  @BeforeEach
  void analysed() {
    TestDatabase.data().analyst().catchUp();
  }

  @Test
  void summaryCarriesCoverageIndicatorsPerCommittee() {
    JsonNode indicators = json("/summary").get("indicators");
    JsonNode coverage = indicators.get(0);
    assertThat(coverage.get("id").asString()).isEqualTo("coverage");
    // Each fixture post covers a 0.002° disc around its committee's centre: a small share of it.
    assertThat(coverage.get("value").asDouble()).isBetween(0.05, 0.2);
    assertThat(coverage.at("/byCommittee/310114118009").asDouble())
        .isEqualTo(coverage.at("/byCommittee/310114118203").asDouble(), offset(0.01));
  }

  @Test
  void committeesCarryTheirCoverageRatio() {
    JsonNode committee = json("/collections/committees/items/310114118009");
    assertThat(committee.at("/properties/coverage_ratio").asDouble()).isBetween(0.05, 0.2);
  }

  @Test
  void gapsAndBlindSpotsAreCollections() {
    JsonNode gaps = json("/collections/coverage-gaps/items?committee_code=310114118009");
    assertThat(gaps.get("numberReturned").asInt()).isEqualTo(1);
    assertThat(gaps.at("/features/0/properties/area_m2").asDouble()).isPositive();
    JsonNode spots = json("/collections/blind-spots/items");
    assertThat(spots.get("numberReturned").asInt()).isEqualTo(2);
    assertThat(spots.at("/features/0/geometry/type").asString()).isEqualTo("Point");
    assertThat(spots.at("/features/0/properties/radius_m").asDouble()).isGreaterThan(400);
  }

  @Test
  void noOverlapsInTheFixture() {
    assertThat(json("/collections/coverage-overlaps/items").get("numberReturned").asInt()).isZero();
  }

  @Test
  void analysisLayersHaveTiles() {
    assertThat(
            getBytes("/collections/coverage-gaps/tiles/WebMercatorQuad/15/13386/27425")
                .statusCode())
        .isEqualTo(200);
  }
}
