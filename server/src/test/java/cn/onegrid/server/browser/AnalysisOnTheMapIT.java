package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the analysis found is on the map: gaps, overlaps and blind spots as layers, the committee's
 * figures on its card, and the plan-health findings as a list that zooms to each.
 */
class AnalysisOnTheMapIT extends BrowserTest {

  @BeforeEach
  void analysedWithOverlappingMicroGrids() {
    // 金华's first micro-grid reaches 0.0005° (about 50 m) into its second: a health finding.
    JdbcClient.create(TestDatabase.dataSource())
        .sql(
            "UPDATE grid SET boundary = ST_Multi(ST_MakeEnvelope(121.30, 31.25, 121.3055, 31.26,"
                + " 4326)) WHERE code = '3101141180090101'")
        .update();
    TestDatabase.data().analyst().catchUp();
  }

  @Test
  void gapsOverlapsAndBlindSpotsAreLayers() {
    page.open("#15/31.2550/121.3100");
    assertThat(page.layerState("coverage-gaps")).isEqualTo("ready");
    assertThat(page.layerCount("coverage-gaps")).as("one gap per committee").isEqualTo(2);

    page.toggleLayer("blind-spots");
    assertThat(page.layerCount("blind-spots")).isEqualTo(2);
    page.toggleLayer("coverage-overlaps");
    assertThat(page.layerState("coverage-overlaps")).isEqualTo("ready");
    assertThat(page.layerCount("coverage-overlaps"))
        .as("the fixture's posts do not overlap")
        .isZero();
    screenshot("analysis-layers");
  }

  @Test
  void clickingAGapOpensItsCommitteesCardWithTheAnalysis() {
    page.open("#16/31.2550/121.3100");
    page.toggleLayer("comprehensive-grids");
    page.toggleLayer("micro-grids");

    page.clickAt(31.2515, 121.3015); // a corner of 金华, far from its post's disc

    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    assertThat(page.text("[data-section='analysis']"))
        .containsPattern("责任区覆盖率\\s+\\d+(\\.\\d)?%")
        .contains("无人负责面积", "平方米", "最大盲区半径", "无人值守时段", "/ 84");
    screenshot("gap-committee-card");
  }

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({
    "1400, 900, zh-CN, 规划体检 · 发现 1 个问题, 微网格 金华社区居委会第1综合网格-1、金华社区居委会第1综合网格-2 相互重叠",
    "1400, 900, en, Plan health · findings: 1, 'Micro-grids 金华社区居委会第1综合网格-1, 金华社区居委会第1综合网格-2 overlap'",
    "390, 844, zh-CN, 规划体检 · 发现 1 个问题, 微网格 金华社区居委会第1综合网格-1、金华社区居委会第1综合网格-2 相互重叠",
    "390, 844, en, Plan health · findings: 1, 'Micro-grids 金华社区居委会第1综合网格-1, 金华社区居委会第1综合网格-2 overlap'"
  })
  void planHealthListsTheFindingsByNameAndZoomsToOne(
      int width, int height, String lang, String title, String finding) {
    browser.resize(new Dimension(width, height));
    speak(lang);
    page.open("#15/31.2550/121.3100"); // settled: plan health is not aria-busy, its list is in

    assertThat(page.text(".og-health summary")).isEqualTo(title);

    page.find(".og-health summary").click();
    assertThat(page.text(".og-findings"))
        .contains("金华社区居委会", finding)
        .as("named, not coded")
        .doesNotContain("3101141180090101");
    page.find(".og-finding").click();

    page.wait.until(d -> page.view()[0] >= 16);
    double[] view = page.view();
    assertThat(view[2]).as("centred on the 50 m strip").isBetween(121.3045, 121.3065);
    assertThat(page.find(".og-finding").getDomAttribute("aria-pressed")).isEqualTo("true");
    screenshot("plan-health-" + width + "-" + lang);
  }
}
