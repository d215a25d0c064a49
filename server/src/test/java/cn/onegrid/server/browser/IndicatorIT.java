package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.remote.http.Route;
import org.openqa.selenium.support.ui.Select;

/**
 * The summary panel is ready for analysis indicators: one in /summary (played here by the browser,
 * since the server has none yet) colours the committees, fills the legend and shows on the card.
 */
class IndicatorIT extends BrowserTest {

  private static final String SUMMARY_WITH_AN_INDICATOR =
      """
      {"counts": {"committees": 2, "residentsCommittees": 1, "villageCommittees": 1,
                  "comprehensiveGrids": 2, "microGrids": 4, "dutyPosts": 2, "postMembers": 3,
                  "weeklySlots": 2, "illustrative": true},
       "indicators": [{"id": "post-coverage", "title": "联勤岗覆盖率", "value": 50, "unit": "%",
                       "byCommittee": {"310114118009": 80, "310114118203": 20}}]}
      """;

  @Test
  void anIndicatorColoursTheCommitteesAndShowsInLegendAndCard() {
    Route summary =
        Route.matching(request -> request.getUri().endsWith("/summary"))
            .to(
                () ->
                    request ->
                        new HttpResponse()
                            .addHeader("Content-Type", "application/json")
                            .setContent(
                                Contents.bytes(
                                    SUMMARY_WITH_AN_INDICATOR.getBytes(StandardCharsets.UTF_8))));
    try (NetworkInterceptor interceptor = new NetworkInterceptor(browser.driver, summary)) {
      page.open("#16/31.2550/121.3100/committees/310114118009");

      new Select(page.find("#og-indicator")).selectByValue("post-coverage");

      assertThat(page.text(".og-legend")).contains("联勤岗覆盖率 (%)", "20", "80", "无数据");
      assertThat(page.text(".og-indicator-value")).isEqualTo("联勤岗覆盖率：80 %");
      screenshot("indicator");

      new Select(page.find("#og-indicator")).selectByValue("");
      assertThat(page.text(".og-legend")).doesNotContain("联勤岗覆盖率");
      assertThat(page.findAll(".og-indicator-value")).isEmpty();
    }
  }
}
