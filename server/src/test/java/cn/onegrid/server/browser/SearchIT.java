package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The search box: results as you type, chosen by keyboard or mouse, zooming to the choice. */
class SearchIT extends BrowserTest {

  private static final String GAOCHAO_GRID = "31011411820301";

  @Test
  void choosingAGridZoomsToItAndOpensItsCard() {
    page.open("#12/31.2550/121.3100");

    List<WebElement> results = page.search("高潮村村委会第1综合网格");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).getText()).contains("高潮村村委会第1综合网格", "综合网格 · " + GAOCHAO_GRID);
    page.searchInput().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

    assertThat(page.cardTitle()).isEqualTo("高潮村村委会第1综合网格");
    page.wait.until(d -> page.hash().endsWith("/comprehensive-grids/" + GAOCHAO_GRID));
    page.waitFor("the map to zoom to the grid").until(d -> page.view()[0] >= 15);
    page.settled();
    double[] view = page.view();
    assertThat(view[0]).as("zoomed in to the grid").isGreaterThanOrEqualTo(15);
    assertThat(view[1]).isBetween(31.25, 31.26);
    assertThat(view[2]).as("the grid, beside the card").isBetween(121.31, 121.325);
    assertThat(page.layerState("micro-grids")).isEqualTo("ready");
    screenshot("search-grid");
  }

  @Test
  void resultsAreKeyboardNavigable() {
    page.open("");

    List<WebElement> results = page.search("金华");
    assertThat(results).hasSize(5);
    page.searchInput().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertThat(page.searchInput().getDomAttribute("aria-activedescendant"))
        .isEqualTo("og-search-option-1");
    assertThat(page.find("#og-search-option-1").getDomAttribute("aria-selected")).isEqualTo("true");
    assertThat(page.find("#og-search-option-0").getDomAttribute("aria-selected"))
        .isEqualTo("false");
    screenshot("search-results");

    page.searchInput().sendKeys(Keys.ESCAPE);
    assertThat(page.find("#og-search-results").isDisplayed()).isFalse();
    assertThat(page.cardOpen()).isFalse();

    page.searchInput().sendKeys(Keys.ARROW_DOWN);
    page.wait.until(d -> page.find("#og-search-results").isDisplayed());
    String first = page.text("#og-search-option-0 .og-option-name");
    page.searchInput().sendKeys(Keys.ENTER);
    assertThat(page.cardTitle()).isEqualTo(first);
  }

  @Test
  void clickingAResultOpensIt() {
    page.open("");

    List<WebElement> results = page.search("310114118203P01");
    assertThat(results).hasSize(1);
    results.get(0).click();

    assertThat(page.cardTitle()).isEqualTo("高潮村村委会第1党员联勤岗");
    assertThat(page.hash()).endsWith("/duty-posts/310114118203P01");
  }

  @Test
  void saysWhenNothingMatches() {
    page.open("");

    assertThat(page.search("不存在的地方")).isEmpty();
    assertThat(page.text("#og-search-results .og-empty")).isEqualTo("没有找到“不存在的地方”");
  }
}
