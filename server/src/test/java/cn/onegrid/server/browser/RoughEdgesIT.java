package cn.onegrid.server.browser;

import static cn.onegrid.server.browser.TownViewIT.EAST;
import static cn.onegrid.server.browser.TownViewIT.NORTH;
import static cn.onegrid.server.browser.TownViewIT.SOUTH;
import static cn.onegrid.server.browser.TownViewIT.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.server.TestAccount;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17's rough edges of the map, each at 1400×900 and 390×844, in Chinese and in English, with
 * the browser asking for the language as a browser set to it does. (The planner's are in PlannerIT
 * and PlannerOnAPhoneIT; the analysis catching up after a publish in PlannerIT.)
 */
class RoughEdgesIT extends BrowserTest {

  private static final String JINHUA = "310114118009";

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({"1400, 900, zh-CN", "1400, 900, en", "390, 844, zh-CN", "390, 844, en"})
  void atTownZoomAClickOpensTheCommitteeAndAPostsTooltipNamesIt(
      int width, int height, String lang) {
    browser.resize(new Dimension(width, height));
    speak(lang);
    page.open("#13/31.2550/121.3100"); // micro-grids ~29 px wide: not to be told apart
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

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({"1400, 900, zh-CN", "1400, 900, en", "390, 844, zh-CN", "390, 844, en"})
  void theFirstViewFitsTheTownClearOfThePanels(int width, int height, String lang) {
    browser.resize(new Dimension(width, height));
    speak(lang);
    page.open("");

    List<Number> edges = page.panelEdges();
    int[] northWest = page.pointOf(NORTH, WEST);
    int[] southEast = page.pointOf(SOUTH, EAST);
    if (width > 640) { // panels at the sides
      assertThat(northWest[0])
          .as("the west end right of the summary")
          .isGreaterThan(edges.get(0).intValue());
      assertThat(southEast[0])
          .as("the east end left of the layers and the legend")
          .isLessThan(edges.get(1).intValue());
    } else { // panels at the top and bottom
      assertThat(northWest[1]).as("below the top controls").isGreaterThan(edges.get(2).intValue());
      assertThat(southEast[1]).as("above the bottom ones").isLessThan(edges.get(3).intValue());
      assertThat(northWest[0]).isGreaterThanOrEqualTo(0);
      assertThat(southEast[0]).isLessThanOrEqualTo(width);
    }
    screenshot("first-view-" + width + "-" + lang);
  }

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({"1400, 900, zh-CN", "1400, 900, en", "390, 844, zh-CN", "390, 844, en"})
  void theIndicatorsColourKeyShowsWhole(int width, int height, String lang) {
    TestDatabase.data().analyst().catchUp();
    browser.resize(new Dimension(width, height));
    speak(lang);
    page.open("#15/31.2550/121.3100");
    if (width < 1000) { // a phone's panels start folded: the reader opens them
      page.click(".og-summary > summary");
    }
    new Select(page.find("#og-indicator")).selectByValue("coverage");
    if (width < 1000) {
      page.click(".og-legend > summary");
    }

    WebElement legend = page.find(".og-legend");
    List<WebElement> classes = page.findAll(".og-classes li");
    assertThat(classes).isNotEmpty();
    WebElement last = classes.get(classes.size() - 1);
    assertThat(last.getText()).isEqualTo(lang.equals("en") ? "No data" : "无数据");
    int lastBottom = last.getRect().getY() + last.getRect().getHeight();
    assertThat(lastBottom)
        .as("the key's last class inside the legend's box, unscrolled")
        .isLessThanOrEqualTo(legend.getRect().getY() + legend.getRect().getHeight());
    assertThat(legend.getRect().getY() + legend.getRect().getHeight())
        .as("and the box on screen")
        .isLessThanOrEqualTo(height);
    assertThat(
            page.js(
                "const r = arguments[0].getBoundingClientRect();"
                    + "return document.elementFromPoint(r.left + 8, r.top + r.height / 2)"
                    + ".closest('.og-legend') !== null;",
                classes.get(0)))
        .as("the key's first class not under another panel")
        .isEqualTo(true);
    screenshot("colour-key-" + width + "-" + lang);
  }

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({"1400, 900, zh-CN", "1400, 900, en", "390, 844, zh-CN", "390, 844, en"})
  void aSharedLinkOpenedSignedOutOpensWhereItPointedAfterSignIn(
      int width, int height, String lang) {
    browser.resize(new Dimension(width, height));
    speak(lang);
    // As a link shared in WeChat arrives: a query string added, the place in the fragment.
    String link = "/?from=singlemessage#16/31.2550/121.3100/duty-posts/310114118009P01";
    browser.driver.get("about:blank");
    browser.forget(url(""));
    browser.driver.get(url(link));
    page.wait.until(d -> d.getCurrentUrl().contains("/login"));
    assertThat(page.find("html").getDomAttribute("lang")).isEqualTo(lang);
    new SignInPage(browser.driver, url(""))
        .signIn(TestAccount.STAFF.username, TestAccount.PASSWORD);

    assertThat(browser.driver.getCurrentUrl()).isEqualTo(url(link));
    page.settled();
    assertThat(page.find("html").getDomAttribute("lang")).isEqualTo(lang);
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会第1党员联勤岗");
    screenshot("shared-link-" + width + "-" + lang);
  }
}
