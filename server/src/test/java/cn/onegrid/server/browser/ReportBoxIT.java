package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 16's reporting box beside the rest of the map: open (with the on-duty box above it open
 * too) it stays clear of the sample-data note below it and scrolls within the room it has; the
 * incidents' colour is far from the gaps' vermillion and from every choropleth class. On a phone
 * the open legend (bottom right) leaves the sample-data note (bottom left) in view too (issue 17).
 */
class ReportBoxIT extends BrowserTest {

  private static final String VIEW = "#14/31.2550/121.3050";

  /** Least distance in RGB between the incidents' colour and those it must not be taken for. */
  private static final double DISTINCT = 100;

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({"1400, 900, zh-CN", "1400, 900, en", "390, 844, zh-CN", "390, 844, en"})
  void theOpenReportingBoxNeverCoversTheSampleNote(int width, int height, String lang) {
    browser.resize(new Dimension(width, height));
    signIn(TestAccount.STAFF);
    page.open(VIEW);
    if (lang.equals("en")) {
      page.find("#language").click();
      page.wait.until(d -> "en".equals(page.js("return document.documentElement.lang;")));
    }
    page.click(".og-onduty > summary");
    page.whenIdle();
    page.click(".og-report > summary");
    page.wait.until(d -> !d.findElements(By.cssSelector(".og-report option")).isEmpty());
    page.afterPaint();
    assertThat(page.find("#og-sample-note").isDisplayed()).isTrue();

    page.waitFor("the reporting box to end above the sample note")
        .until(
            d ->
                Boolean.TRUE.equals(
                    page.js(
                        "const box = document.querySelector('.og-report').getBoundingClientRect();"
                            + " const note = document.getElementById('og-sample-note')"
                            + ".getBoundingClientRect();"
                            + " return box.bottom <= note.top;")));
    assertThat(
            page.js(
                "const box = document.querySelector('.og-report');"
                    + " box.scrollTop = box.scrollHeight;"
                    + " const send = document.querySelector('.og-report button[type=submit]')"
                    + ".getBoundingClientRect();"
                    + " return send.bottom <= box.getBoundingClientRect().bottom + 1;"))
        .as("the box scrolls down to its button")
        .isEqualTo(true);
    screenshot("report-box-" + width + "-" + lang);
  }

  @ParameterizedTest(name = "390x844 {0}")
  @CsvSource({"zh-CN", "en"})
  void theOpenLegendNeverCoversTheSampleNoteOnAPhone(String lang) {
    browser.resize(Browser.PHONE);
    speak(lang);
    page.open(VIEW);
    page.click(".og-legend > summary");
    page.wait.until(
        d -> !d.findElements(By.cssSelector(".og-legend[open] [data-layer]")).isEmpty());
    page.afterPaint();
    assertThat(page.find("#og-sample-note").isDisplayed()).isTrue();
    assertThat(page.text("#og-sample-note")).startsWith(lang.equals("en") ? "Sample data" : "示例数据");
    assertThat(
            page.js(
                "const a = document.querySelector('.og-legend').getBoundingClientRect();"
                    + " const b = document.getElementById('og-sample-note')"
                    + ".getBoundingClientRect();"
                    + " return a.right <= b.left || b.right <= a.left"
                    + " || a.bottom <= b.top || b.bottom <= a.top;"))
        .as("the open legend and the sample note do not overlap")
        .isEqualTo(true);
    screenshot("legend-open-beside-sample-note-390-" + lang);
  }

  @Test
  void incidentsAreColouredApartFromGapsAndChoroplethClasses() {
    page.open(VIEW);
    List<Long> incidents = rgb(swatch("incidents"));
    List<Long> gaps = rgb(swatch("coverage-gaps"));
    assertThat(distance(incidents, gaps)).as("incidents vs gaps").isGreaterThan(DISTINCT);
    @SuppressWarnings("unchecked")
    List<String> classes =
        (List<String>)
            browser.driver.executeAsyncScript(
                "const done = arguments[0];"
                    + " import('./js/palette.js').then((m) => done([...m.SEQUENTIAL]));");
    assertThat(classes).hasSize(5);
    for (String hex : classes) {
      List<Long> cls =
          List.of(
              Long.parseLong(hex.substring(1, 3), 16),
              Long.parseLong(hex.substring(3, 5), 16),
              Long.parseLong(hex.substring(5, 7), 16));
      assertThat(distance(incidents, cls)).as("incidents vs " + hex).isGreaterThan(DISTINCT);
    }
  }

  /** The background of a layer's swatch in the layer panel, as the page computes it. */
  private String swatch(String layer) {
    return (String)
        page.js(
            "return getComputedStyle(document.querySelector("
                + "\".og-overlays [data-row='"
                + layer
                + "'] .og-swatch\")).backgroundColor;");
  }

  /** The red, green and blue of a computed 'rgb(…)' or 'rgba(…)' colour. */
  private static List<Long> rgb(String css) {
    String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
    return List.of(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
  }

  private static double distance(List<Long> a, List<Long> b) {
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      sum += Math.pow(a.get(i) - b.get(i), 2);
    }
    return Math.sqrt(sum);
  }
}
