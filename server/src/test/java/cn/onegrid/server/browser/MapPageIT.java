package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Rectangle;

/** The town map page: what it loads, its layers, its languages, and its phone layout. */
class MapPageIT extends BrowserTest {

  private static final String JINHUA = "310114118009";

  @Test
  void anEnglishBrowserGetsTheMapInEnglishUntilTheSwitchSaysOtherwise() {
    String agent = (String) browser.driver.executeScript("return navigator.userAgent");
    browser.driver.executeCdpCommand(
        "Emulation.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", "en-GB,en"));
    try {
      page.open("");
      assertThat(page.find("html").getDomAttribute("lang")).isEqualTo("en");
      assertThat(page.text("#og-sample-note")).startsWith("Sample data");
    } finally {
      browser.driver.executeCdpCommand(
          "Emulation.setUserAgentOverride",
          Map.of("userAgent", agent, "acceptLanguage", "zh-CN,zh"));
    }
    page.open("");
    assertThat(page.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
  }

  @Test
  void mapOpensOnTheTownWithEveryLayerAndTheSummary() {
    page.open("");

    assertThat(page.view()[0]).as("zoom fitted to the town").isGreaterThanOrEqualTo(15);
    Map<String, Integer> expected =
        Map.of(
            "towns", 1,
            "committees", 2,
            "comprehensive-grids", 2,
            "micro-grids", 4,
            "duty-posts", 2);
    expected.forEach(
        (id, count) -> {
          assertThat(page.layerState(id)).as(id).isEqualTo("ready");
          assertThat(page.layerCount(id)).as(id).isEqualTo(count);
        });
    assertThat(page.layerState("duty-post-areas")).as("off until asked for").isEqualTo("off");
    assertThat(page.layerState("coverage-gaps")).as("on, empty before analysis").isEqualTo("ready");
    assertThat(page.layerCount("coverage-gaps")).isZero();
    assertThat(page.text("[data-count='committees'] dd")).isEqualTo("2");
    assertThat(page.text("[data-count='dutyPosts'] dd")).isEqualTo("2");
    assertThat(page.text(".og-no-indicators")).isEqualTo("暂无分析指标");
    assertThat(page.text("#og-sample-note")).isEqualTo("示例数据：居村以下边界为示意");
    assertThat(page.labels()).containsEntry(JINHUA, "金华社区居委会");
    assertThat(page.find("#map").getDomAttribute("data-basemap")).isEqualTo("none");
    Rectangle layers = page.find(".og-layers").getRect();
    Rectangle legend = page.find(".og-legend").getRect();
    assertThat(layers.getY() + layers.getHeight())
        .as("the layer panel ends above the legend")
        .isLessThanOrEqualTo(legend.getY());
    screenshot("map-loaded");
  }

  @Test
  void eachLayerTogglesOffAndOnAgain() {
    page.open("");

    for (String id : MapPage.LAYERS) {
      boolean on = page.layerChecked(id);
      page.toggleLayer(id);
      assertThat(page.layerState(id)).as(id).isEqualTo(on ? "off" : "ready");
      page.toggleLayer(id);
      assertThat(page.layerState(id)).as(id).isEqualTo(on ? "ready" : "off");
    }
    page.toggleLayer("committees");
    assertThat(page.labels()).as("labels go with their layer").isEmpty();
    page.toggleLayer("committees");
    assertThat(page.labels()).containsKey(JINHUA);

    page.toggleLayer("micro-grids");
    page.toggleLayer("comprehensive-grids");
    assertThat(page.findAll(".og-legend [data-layer='duty-post-areas']")).as("not shown").isEmpty();
    page.toggleLayer("duty-post-areas");
    assertThat(page.findAll(".og-legend [data-layer='duty-post-areas']")).as("shown").hasSize(1);
    assertThat(page.findAll(".og-legend [data-layer='micro-grids']")).as("hidden").isEmpty();
    screenshot("layers-committees-areas-posts");
  }

  @Test
  void layersWaitForTheirMinimumZoom() {
    page.open("#10/31.2550/121.3100");

    assertThat(page.layerState("towns")).isEqualTo("ready");
    assertThat(page.layerState("committees")).isEqualTo("ready");
    assertThat(page.layerState("comprehensive-grids")).isEqualTo("zoom-in");
    assertThat(page.layerState("micro-grids")).isEqualTo("zoom-in");
    assertThat(page.layerState("duty-posts")).isEqualTo("zoom-in");
    assertThat(page.text(".og-overlays [data-row='micro-grids'] .og-status"))
        .isEqualTo("放大至 13 级可见");
    assertThat(itemRequests("micro-grids")).as("nothing asked below the minimum zoom").isZero();
    screenshot("zoomed-out");
  }

  @Test
  void smallMovesUseWhatWasLoadedAndLeavingItLoadsAgain() {
    page.open("#16/31.2550/121.3100");
    long first = itemRequests("committees");
    assertThat(first).isEqualTo(1);

    moveTo("#16/31.2552/121.3104");
    assertThat(itemRequests("committees")).as("a small pan stays inside the loaded box").isOne();

    moveTo("#16/31.3550/121.4100");
    page.wait.until(d -> itemRequests("committees") == 2);
    page.settled();
    assertThat(page.layerCount("committees")).as("nothing out there").isZero();
  }

  @Test
  void englishByTheSwitchAndBack() {
    page.open("#16/31.2550/121.3050/committees/" + JINHUA);
    page.find("#language").click();

    page.wait.until(d -> "en".equals(page.js("return document.documentElement.lang;")));
    assertThat(page.text(".og-summary > summary")).isEqualTo("Town summary");
    assertThat(page.text(".og-layers > summary")).isEqualTo("Layers");
    assertThat(page.text(".og-overlays [data-row='committees'] .og-name")).isEqualTo("Committees");
    assertThat(page.text("#og-sample-note"))
        .isEqualTo("Sample data: boundaries below town level are illustrative");
    assertThat(page.searchInput().getDomProperty("placeholder")).startsWith("Search");
    assertThat(page.text(".og-card-kind")).isEqualTo("Residents' committee · " + JINHUA);
    assertThat(page.text("[data-section='liaisons']")).contains("Grid-service day: every Thursday");
    assertThat(page.text("#language")).isEqualTo("中文");
    screenshot("english");

    page.open("");
    assertThat(page.text(".og-summary > summary")).as("remembered").isEqualTo("Town summary");
    page.find("#language").click();
    page.wait.until(d -> "zh-CN".equals(page.js("return document.documentElement.lang;")));
    assertThat(page.text(".og-summary > summary")).isEqualTo("全镇概况");
  }

  @Test
  void onAPhoneTheCardIsABottomSheetAndTheControlsStayReachable() {
    browser.resize(Browser.PHONE);
    page.open("#16/31.2550/121.3050/duty-posts/" + JINHUA + "P01");

    assertThat(page.cardTitle()).isEqualTo("金华社区居委会第1党员联勤岗");
    Rectangle sheet = page.card().getRect();
    assertThat(sheet.getX()).isZero();
    assertThat(sheet.getWidth()).isEqualTo(Browser.PHONE.width);
    assertThat(sheet.getY() + sheet.getHeight()).isCloseTo(Browser.PHONE.height, within(1));
    assertThat(sheet.getHeight()).isLessThan(Browser.PHONE.height * 2 / 3);

    Rectangle layers = page.find(".og-layers").getRect();
    assertThat(layers.getY() + layers.getHeight()).isLessThanOrEqualTo(sheet.getY());
    Rectangle legend = page.find(".og-legend").getRect();
    assertThat(legend.getY() + legend.getHeight())
        .as("above the sheet")
        .isLessThanOrEqualTo(sheet.getY());
    screenshot("phone-post-card");

    page.find(".og-layers > summary").click();
    page.toggleLayer("duty-post-areas");
    assertThat(page.layerState("duty-post-areas")).isEqualTo("ready");
    screenshot("phone-layers-open");
  }

  private long itemRequests(String collection) {
    return (Long)
        page.js(
            "return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/collections/' + arguments[0] + '/items')).length;",
            collection);
  }

  /** Moves the map by changing the hash, as a pasted link does, and waits for the layers. */
  private void moveTo(String hash) {
    page.js("window.location.hash = arguments[0];", hash);
    page.wait.until(d -> page.hash().startsWith(hash));
    page.settled();
  }
}
