package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Clicking features opens their cards; a card's link restores its exact view. */
class FeatureCardIT extends BrowserTest {

  private static final String JINHUA = "310114118009";

  @Test
  void clickingACommitteeOpensItsCard() {
    page.open("#16/31.2550/121.3100");
    page.toggleLayer("comprehensive-grids");
    page.toggleLayer("micro-grids");
    page.toggleLayer("duty-posts");

    page.clickAt(31.2525, 121.3025);

    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    assertThat(page.text(".og-card-kind")).isEqualTo("居委会 · " + JINHUA);
    assertThat(page.text("[data-section='liaisons']")).contains("镇党委副书记（示例）").contains("每周四网格服务日");
    assertThat(page.text("[data-section='grids']")).contains("金华社区居委会第1综合网格", "2 个微网格");
    assertThat(page.text("[data-section='volunteer-teams']")).contains("金华健身队（示例）");
    assertThat(page.hash()).endsWith("/committees/" + JINHUA);
    screenshot("committee-card");
  }

  @Test
  void clickingAPostShowsItsWeekAndWhoIsOnDuty() {
    page.open("#17/31.2550/121.3050");

    page.clickAt(31.2550, 121.3050);

    assertThat(page.cardTitle()).isEqualTo("金华社区居委会第1党员联勤岗");
    assertThat(page.text(".og-fields")).contains("治安消防巡逻", "环境卫生");
    WebElement thursday =
        page.find("[data-section='schedule'] tbody").findElements(By.tagName("tr")).get(1);
    assertThat(thursday.getText()).contains("周四", "19:00–21:00", "张伟（示例）", "李娜（示例）");
    assertThat(page.hash()).endsWith("/duty-posts/" + JINHUA + "P01");
    screenshot("post-card");
  }

  @Test
  void aCardsLinksOpenTheRelatedFeatures() {
    page.open("#17/31.2530/121.3070/micro-grids/3101141180090102");
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会第1综合网格-2");

    page.find(".og-fields .og-link[data-code='" + JINHUA + "01']").click();
    page.wait.until(d -> page.hash().endsWith("/comprehensive-grids/" + JINHUA + "01"));
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会第1综合网格");
    assertThat(page.text("[data-section='micro-grids']")).contains("金华社区居委会第1综合网格-1");

    page.find(".og-fields .og-link[data-code='" + JINHUA + "']").click();
    page.wait.until(d -> page.hash().endsWith("/committees/" + JINHUA));
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
  }

  @Test
  void aDeepLinkRestoresItsView() {
    String link = "#17/31.2530/121.3070/micro-grids/3101141180090102";
    page.open(link);

    assertThat(page.cardTitle()).isEqualTo("金华社区居委会第1综合网格-2");
    assertThat(page.text(".og-card-kind")).isEqualTo("微网格 · 3101141180090102");
    double[] view = page.view();
    assertThat(view[0]).isEqualTo(17);
    assertThat(view[1]).isCloseTo(31.2530, within(1e-9));
    assertThat(view[2]).isCloseTo(121.3070, within(1e-9));
    assertThat(page.hash()).isEqualTo(link);
    assertThat(page.find(".og-permalink").getDomProperty("href")).endsWith("/" + link);
    screenshot("deep-link");
  }

  @Test
  void escapeClosesTheCardAndTheKeyboardReachesItsButtons() {
    page.open("#16/31.2550/121.3100");
    page.search("金华社区居委会");
    page.searchInput().sendKeys(Keys.ENTER);
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    page.wait.until(d -> "og-card-title".equals(page.js("return document.activeElement.id;")));

    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    assertThat(page.js("return document.activeElement.className;")).isEqualTo("og-close");

    new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
    page.wait.until(d -> !page.cardOpen());
    assertThat(page.js("return document.activeElement.id;"))
        .as("focus back where it was")
        .isEqualTo("og-search-input");
    assertThat(page.hash()).doesNotContain("committees");
  }
}
