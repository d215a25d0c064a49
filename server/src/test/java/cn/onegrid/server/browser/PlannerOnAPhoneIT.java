package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Rectangle;

/** A planner on a phone: the top bar keeps search usable, and the hints speak of fingers. */
class PlannerOnAPhoneIT extends BrowserTest {

  private static final String JINHUA = "310114118009";

  @BeforeEach
  void signedInAsAPlanner() {
    signIn(TestAccount.PLANNER);
  }

  @Test
  void theTopBarKeepsSearchWideAndEveryButtonOnScreenInBothLanguages() {
    browser.resize(Browser.PHONE);
    page.open("");
    page.waitFor("the planner's button").until(d -> page.find("#planner-toggle").isDisplayed());

    topBarFits();
    screenshot("phone-planner-topbar-zh");

    page.find("#language").click();
    page.wait.until(d -> "en".equals(page.js("return document.documentElement.lang;")));
    topBarFits();
    screenshot("phone-planner-topbar-en");
  }

  @Test
  void onATouchScreenThePaintingHintSaysTapAndDrag() {
    browser.resize(Browser.PHONE);
    browser.driver.executeCdpCommand(
        "Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    try {
      page.open("#16/31.2550/121.3050/committees/" + JINHUA);
      page.togglePlanner();
      page.plannerReady();

      assertThat(page.text("[data-tool='paint'] .og-hint")).startsWith("轻点").doesNotContain("鼠标");
      screenshot("phone-planner-touch-hint");
    } finally {
      browser.driver.executeCdpCommand(
          "Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }
  }

  @Test
  void withAMouseThePaintingHintSaysHoldTheButton() {
    page.open("#16/31.2550/121.3050/committees/" + JINHUA);
    page.togglePlanner();
    page.plannerReady();

    assertThat(page.text("[data-tool='paint'] .og-hint")).contains("按住鼠标");
  }

  private void topBarFits() {
    assertThat(page.searchInput().getRect().getWidth())
        .as("search wide enough to type in")
        .isGreaterThanOrEqualTo(120);
    for (String css : List.of("#planner-toggle", "#language", "#og-sign-out", ".og-search")) {
      Rectangle box = page.find(css).getRect();
      assertThat(box.getX()).as(css).isGreaterThanOrEqualTo(0);
      assertThat(box.getX() + box.getWidth()).as(css).isLessThanOrEqualTo(Browser.PHONE.width);
    }
  }
}
