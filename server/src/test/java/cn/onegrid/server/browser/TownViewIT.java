package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * The town as a whole: what a click opens at town zoom, layer counts, and the analysis colours read
 * against each other (the first view and the colour key at every size and language: RoughEdgesIT).
 */
class TownViewIT extends BrowserTest {

  static final Dimension WIDE = new Dimension(1400, 900);

  /** The fixture's town: 121.30–121.32 E, 31.25–31.26 N. */
  static final double WEST = 121.30, EAST = 121.32, SOUTH = 31.25, NORTH = 31.26;

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

  @Test
  void gapsStandApartFromTheIndicatorsClasses() {
    TestDatabase.data().analyst().catchUp();
    browser.resize(WIDE);
    page.open("#15/31.2550/121.3100");
    new Select(page.find("#og-indicator")).selectByValue("coverage");

    page.afterPaint();
    int[] gap = shownColour(page.pointOf(31.2515, 121.3015)); // a corner of 金华: uncovered
    @SuppressWarnings("unchecked")
    List<String> colours =
        (List<String>)
            page.js(
                "return [...document.querySelectorAll('.og-classes .og-swatch')]"
                    + ".map(s => getComputedStyle(s).backgroundColor);");
    for (String colour : colours) {
      int[] drawn = committeeFill(colour);
      assertThat(distance(gap, drawn))
          .as("a gap (%s) against the class %s", java.util.Arrays.toString(gap), colour)
          .isGreaterThan(150);
    }
    screenshot("indicator-with-gaps");
  }

  @Test
  void layerCountsCountWhatIsInView() {
    browser.resize(WIDE);
    page.open("#18/31.2550/121.3050"); // inside 金华; what loads reaches into 高潮村 next door

    assertThat(page.layerCount("committees")).isEqualTo(1);
    assertThat(page.text(".og-overlays [data-row='committees'] .og-status")).isEqualTo("视野内 1 个");
    page.find("#language").click();
    page.wait.until(d -> "en".equals(page.js("return document.documentElement.lang;")));
    assertThat(page.text(".og-overlays [data-row='committees'] .og-status")).isEqualTo("1 in view");
  }

  @Test
  void blindSpotCirclesStopAtTheTownsOutline() {
    TestDatabase.data().analyst().catchUp();
    double[] outside = placeInACircleOutsideTheTown();
    browser.resize(WIDE);
    page.open(String.format(java.util.Locale.ROOT, "#15/%.5f/%.5f", outside[0], outside[1]));
    page.toggleLayer("blind-spots");

    assertThat(shownAlpha(page.pointOf(outside[0], outside[1])))
        .as("nothing drawn outside the town")
        .isZero();
    screenshot("blind-spot-clipped");

    page.toggleLayer("towns"); // no outline shown: nothing to clip to, once drawn again
    page.toggleLayer("blind-spots");
    page.toggleLayer("blind-spots");
    assertThat(shownAlpha(page.pointOf(outside[0], outside[1])))
        .as("the whole circle")
        .isPositive();
  }

  /**
   * {lat, lng} halfway between the town's edge and the ring of a blind spot whose circle reaches
   * past that edge (its centre is inside the town, its radius from the posts alone).
   */
  private double[] placeInACircleOutsideTheTown() {
    List<Map<String, Object>> spots =
        jdbc.sql(
                "SELECT ST_X(shape) AS x, ST_Y(shape) AS y, radius_m FROM analysis_feature"
                    + " WHERE kind = 'blind_spot'")
            .query()
            .listOfRows();
    for (Map<String, Object> spot : spots) {
      double x = ((Number) spot.get("x")).doubleValue();
      double y = ((Number) spot.get("y")).doubleValue();
      double metres = ((Number) spot.get("radius_m")).doubleValue();
      double rx = metres / (111_320 * Math.cos(Math.toRadians(y)));
      double ry = metres / 110_574;
      if (x - rx < WEST - 0.0006) {
        return new double[] {y, (x - rx + WEST) / 2};
      } else if (x + rx > EAST + 0.0006) {
        return new double[] {y, (x + rx + EAST) / 2};
      } else if (y - ry < SOUTH - 0.0006) {
        return new double[] {(y - ry + SOUTH) / 2, x};
      } else if (y + ry > NORTH + 0.0006) {
        return new double[] {(y + ry + NORTH) / 2, x};
      }
    }
    throw new AssertionError("No blind spot reaches outside the town: " + spots);
  }

  private int shownAlpha(int[] at) {
    return canvasPixel(at).get(3).intValue();
  }

  /** What the map's canvas shows at a point of the viewport, over the map's ground. */
  private int[] shownColour(int[] at) {
    List<Number> rgba = canvasPixel(at);
    double alpha = rgba.get(3).doubleValue() / 255;
    int[] ground = {0xf3, 0xf1, 0xec};
    int[] shown = new int[3];
    for (int i = 0; i < 3; i++) {
      shown[i] = (int) Math.round(rgba.get(i).doubleValue() * alpha + ground[i] * (1 - alpha));
    }
    return shown;
  }

  /** The RGBA of the map's canvas at a point of the viewport. */
  private List<Number> canvasPixel(int[] at) {
    @SuppressWarnings("unchecked")
    List<Number> rgba =
        (List<Number>)
            page.js(
                "const c = document.querySelector('.leaflet-overlay-pane canvas');"
                    + "const r = c.getBoundingClientRect();"
                    + "const x = Math.round((arguments[0] - r.left) * c.width / r.width);"
                    + "const y = Math.round((arguments[1] - r.top) * c.height / r.height);"
                    + "return [...c.getContext('2d').getImageData(x, y, 1, 1).data];",
                at[0],
                at[1]);
    return rgba;
  }

  /** A class colour ("rgb(r, g, b)") as a committee's fill shows it: at 0.7 over the ground. */
  private static int[] committeeFill(String css) {
    String[] parts = css.replaceAll("[^0-9,]", "").split(",");
    int[] ground = {0xf3, 0xf1, 0xec};
    int[] drawn = new int[3];
    for (int i = 0; i < 3; i++) {
      drawn[i] = (int) Math.round(Integer.parseInt(parts[i]) * 0.7 + ground[i] * 0.3);
    }
    return drawn;
  }

  private static double distance(int[] a, int[] b) {
    return Math.sqrt(
        Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
  }
}
