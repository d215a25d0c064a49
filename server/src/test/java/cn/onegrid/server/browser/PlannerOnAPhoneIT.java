package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;

/**
 * A planner on a phone: the top bar keeps search usable, and the hints speak of fingers (of the
 * mouse on a desktop), in both languages.
 */
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

  @ParameterizedTest(name = "{0}")
  @CsvSource({"zh-CN, 轻点, 鼠标", "en, Tap, button"})
  void onATouchScreenThePaintingHintSaysTapAndDrag(String lang, String says, String never) {
    browser.resize(Browser.PHONE);
    speak(lang);
    browser.driver.executeCdpCommand(
        "Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    try {
      page.open("#16/31.2550/121.3050/committees/" + JINHUA);
      page.togglePlanner();
      page.plannerReady();

      assertThat(page.text("[data-tool='paint'] .og-hint")).startsWith(says).doesNotContain(never);
      screenshot("phone-planner-touch-hint-" + lang);
    } finally {
      browser.driver.executeCdpCommand(
          "Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"zh-CN, 按住鼠标", "en, hold the button"})
  void withAMouseThePaintingHintSaysHoldTheButton(String lang, String says) {
    browser.resize(new Dimension(1400, 900));
    speak(lang);
    page.open("#16/31.2550/121.3050/committees/" + JINHUA);
    page.togglePlanner();
    page.plannerReady();

    assertThat(page.text("[data-tool='paint'] .og-hint")).contains(says);
    screenshot("planner-mouse-hint-" + lang);
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
