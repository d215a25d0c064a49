package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The analysis indicators of /summary colour the committees, fill the legend with their classes and
 * show on the committee's card, in the reader's language and unit.
 */
class IndicatorIT extends BrowserTest {

  @BeforeEach
  void analysed() {
    TestDatabase.data().analyst().catchUp();
  }

  @Test
  void coverageColoursTheCommitteesAndShowsInLegendAndCard() {
    page.open("#16/31.2550/121.3100/committees/310114118009");
    Select indicator = new Select(page.find("#og-indicator"));
    assertThat(indicator.getOptions().get(1).getText()).matches("责任区覆盖率（全镇 \\d+(\\.\\d)?%）");

    indicator.selectByValue("coverage");

    assertThat(page.text(".og-legend")).contains("责任区覆盖率", "%", "无数据");
    assertThat(page.text(".og-indicator-value")).matches("责任区覆盖率：\\d+(\\.\\d)?%");
    screenshot("indicator");

    page.find("#language").click();
    assertThat(page.text(".og-indicator-value")).matches("Post area coverage: \\d+(\\.\\d)?%");
    page.find("#language").click();

    new Select(page.find("#og-indicator")).selectByValue("");
    assertThat(page.text(".og-legend")).doesNotContain("责任区覆盖率");
    assertThat(page.findAll(".og-indicator-value")).isEmpty();
  }
}
