package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The map's months are the town's (issue 16): a browser in Honolulu at 04:00 on the town's first of
 * July (still 30 June there) starts the incident hot spots' and the patrolled area's month boxes at
 * 2026-07, not 2026-06. The patrolled area's box (issue 15) draws the month picked: one committee
 * patrolled in July, both in May.
 */
class LayerMonthsIT extends BrowserTest {

  /** 04:00 on 1 July 2026 in the town (UTC+8); 10:00 on 30 June in Honolulu (UTC-10). */
  private static final Instant TOWNS_FIRST_OF_JULY = Instant.parse("2026-06-30T20:00:00Z");

  /** The page's clock set to an instant (and running on from it), before any of its scripts. */
  private static final String CLOCK =
      """
      (() => {
        const RealDate = Date;
        const shift = %d - RealDate.now();
        const now = () => RealDate.now() + shift;
        globalThis.Date = class extends RealDate {
          constructor(...args) { super(...(args.length ? args : [now()])); }
          static now() { return now(); }
        };
      })();
      """;

  private static final String VIEW = "#13/31.2550/121.3100"; // both committees

  private String clock;

  @BeforeEach
  void aBrowserInHonoluluOnTheTownsFirstOfJuly() {
    browser.driver.executeCdpCommand(
        "Emulation.setTimezoneOverride", Map.of("timezoneId", "Pacific/Honolulu"));
    clock =
        (String)
            browser
                .driver
                .executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", CLOCK.formatted(TOWNS_FIRST_OF_JULY.toEpochMilli())))
                .get("identifier");
    patrolAtFirstPosts("2026-07-01T20:00+08", "310114118009P01");
    patrolAtFirstPosts("2026-05-14T19:30+08", "%P01");
  }

  @AfterEach
  void backToTheRealClock() {
    browser.driver.executeCdpCommand(
        "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clock));
    browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
    jdbc.sql("DELETE FROM duty_record WHERE recorded_by = 'months-test'").update();
  }

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({"1400, 900, zh-CN", "390, 844, en"})
  void monthBoxesStartAtTheTownsMonthAndThePatrolledAreaDrawsThePickedOne(
      int width, int height, String lang) {
    browser.resize(new Dimension(width, height));
    page.open(VIEW);
    if (lang.equals("en")) {
      page.find("#language").click();
      page.wait.until(d -> "en".equals(page.js("return document.documentElement.lang;")));
    }
    if (page.find(".og-layers").getDomAttribute("open") == null) { // a phone's panels start folded
      page.click(".og-layers > summary");
    }

    page.toggleLayer("incident-hotspots");
    Select hotSpots = monthBox("incident-hotspots");
    assertThat(hotSpots.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("2026-07");
    assertThat(hotSpots.getOptions())
        .extracting(option -> option.getDomAttribute("value"))
        .hasSize(12)
        .startsWith("2026-07")
        .endsWith("2025-08");
    page.toggleLayer("incident-hotspots");
    assertThat(boxes("incident-hotspots")).as("the box goes with its layer").isEmpty();

    page.toggleLayer("patrolled-areas");
    Select patrolled = monthBox("patrolled-areas");
    assertThat(patrolled.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("2026-07");
    assertThat(page.layerCount("patrolled-areas")).as("July: 金华 alone").isEqualTo(1);
    screenshot("patrolled-month-" + width + "-" + lang);

    patrolled.selectByValue("2026-05");
    page.whenIdle();
    assertThat(page.layerState("patrolled-areas")).isEqualTo("ready");
    assertThat(page.layerCount("patrolled-areas")).as("May: both committees").isEqualTo(2);
    screenshot("patrolled-month-picked-" + width + "-" + lang);
  }

  /** The month box of a layer that is on, once its module has loaded; no panel lies over it. */
  private Select monthBox(String layer) {
    page.waitFor(layer + "'s month box").until(d -> !boxes(layer).isEmpty());
    page.afterPaint();
    assertThat(
            page.js(
                "const box = arguments[0].getBoundingClientRect();"
                    + " const top = document.elementFromPoint("
                    + "box.left + box.width / 2, box.top + box.height / 2);"
                    + " return arguments[0].contains(top);",
                boxes(layer).get(0)))
        .as("%s's month box in sight", layer)
        .isEqualTo(true);
    return new Select(boxes(layer).get(0).findElement(By.tagName("select")));
  }

  private List<WebElement> boxes(String layer) {
    return page.findAll(".og-month-box[data-layer='" + layer + "']");
  }

  /** A counting record at each post whose code is like {@code posts}, at its location. */
  private void patrolAtFirstPosts(String at, String posts) {
    jdbc.sql(
            """
            INSERT INTO duty_record (post_id, committee_id, person_id, duty_type, starts_at,
                                     ends_at, place, recorded_by)
            SELECT d.id, d.committee_id, d.leader_id, 'sanitation', CAST(:at AS timestamptz),
                   CAST(:at AS timestamptz) + interval '1 hour', d.location, 'months-test'
              FROM duty_post d
             WHERE d.code LIKE :posts
            """)
        .param("at", at)
        .param("posts", posts)
        .update();
  }
}
