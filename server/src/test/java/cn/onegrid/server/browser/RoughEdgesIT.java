package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two of issue 17's rough edges at both sizes and in both languages (the others have their own
 * tests, mostly at one size): at town zoom a click opens the committee, not a micro-grid, and a
 * post's tooltip names it rather than giving its code.
 */
class RoughEdgesIT extends BrowserTest {

  private static final String JINHUA = "310114118009";

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({"1400, 900, zh-CN", "1400, 900, en", "390, 844, zh-CN", "390, 844, en"})
  void atTownZoomAClickOpensTheCommitteeAndAPostsTooltipNamesIt(
      int width, int height, String lang) {
    browser.resize(new Dimension(width, height));
    page.open("#13/31.2550/121.3100"); // micro-grids ~29 px wide: not to be told apart
    if (lang.equals("en")) {
      page.find("#language").click();
      page.wait.until(d -> "en".equals(page.js("return document.documentElement.lang;")));
    }
    page.clickAt(31.2525, 121.3025);
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    assertThat(page.text(".og-card-kind"))
        .isEqualTo((lang.equals("en") ? "Residents' committee" : "居委会") + " · " + JINHUA);
    screenshot("town-zoom-click-" + width + "-" + lang);

    if (width < 1000) {
      return; // a tooltip needs a pointer that hovers; a phone has none
    }
    page.open("#16/31.2550/121.3030");
    int[] post = page.pointOf(31.2550, 121.3050); // the fixture's post, at its committee's centre
    new Actions(browser.driver).moveToLocation(post[0], post[1]).perform();
    page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".og-tooltip")));
    assertThat(page.text(".og-tooltip")).isEqualTo("金华社区居委会第1党员联勤岗");
    screenshot("post-tooltip-" + width + "-" + lang);
  }
}
