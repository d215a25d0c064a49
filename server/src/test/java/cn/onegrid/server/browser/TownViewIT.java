package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** The town as a whole: what a click opens at town zoom, and the first view around the panels. */
class TownViewIT extends BrowserTest {

  static final Dimension WIDE = new Dimension(1400, 900);

  @Test
  void atTownZoomAClickOpensTheCommitteeAndZoomedInItsMicroGrid() {
    browser.resize(WIDE);
    page.open("#13/31.2550/121.3100"); // micro-grids ~29 px wide: not to be told apart

    page.clickAt(31.2525, 121.3025);
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    screenshot("town-zoom-click-committee");

    page.open("#15/31.2550/121.3100"); // ~116 px wide
    page.clickAt(31.2525, 121.3025);
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会第1综合网格-1");
  }
}
