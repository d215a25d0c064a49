package cn.onegrid.server.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The town map page as a test sees it: what to wait for, where to click, what it shows. Reads the
 * page through its DOM (the layer panel's {@code data-state}, the card, the URL's hash) only.
 */
final class MapPage {

  static final List<String> LAYERS =
      List.of(
          "towns",
          "committees",
          "comprehensive-grids",
          "micro-grids",
          "duty-post-areas",
          "coverage-gaps",
          "coverage-overlaps",
          "health-findings",
          "blind-spots",
          "duty-posts");

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final ChromeDriver driver;
  private final String base;
  final WebDriverWait wait;

  MapPage(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, TIMEOUT);
  }

  /** Loads the page afresh (a real load, not a hash change) and waits until it has settled. */
  MapPage open(String hash) {
    driver.get("about:blank");
    driver.get(base + "/" + hash);
    return settled();
  }

  /** Waits until every layer has stopped loading and the summary has arrived. */
  MapPage settled() {
    wait.withMessage("the map to load its layers and summary")
        .until(
            d -> {
              Object states =
                  js(
                      "const rows = [...document.querySelectorAll('.og-overlays [data-row]')];"
                          + "return rows.length === arguments[0]"
                          + " && rows.every(r => r.dataset.state && r.dataset.state !== 'loading')"
                          + " && !!document.querySelector('.og-counts');",
                      LAYERS.size());
              return Boolean.TRUE.equals(states);
            });
    List<String> failed = LAYERS.stream().filter(id -> layerState(id).equals("error")).toList();
    if (!failed.isEmpty()) {
      throw new AssertionError("Layers failed to load: " + failed);
    }
    afterPaint();
    return this;
  }

  /** Waits two animation frames, so the canvas shows the latest data before a screenshot. */
  void afterPaint() {
    driver.executeAsyncScript(
        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done));");
  }

  String layerState(String id) {
    return row(id).getDomAttribute("data-state");
  }

  int layerCount(String id) {
    return Integer.parseInt(row(id).getDomAttribute("data-count"));
  }

  boolean layerChecked(String id) {
    return checkbox(id).isSelected();
  }

  /** Clicks a layer's checkbox and waits until the layer has reacted. */
  void toggleLayer(String id) {
    boolean wasOn = layerChecked(id);
    checkbox(id).click();
    wait.until(
        d ->
            wasOn
                ? "off".equals(layerState(id))
                : List.of("ready", "zoom-in").contains(layerState(id)));
    afterPaint();
  }

  /** The hash's view: {zoom, lat, lng}. */
  double[] view() {
    String[] parts = hash().substring(1).split("/");
    return new double[] {
      Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
    };
  }

  String hash() {
    return (String) js("return window.location.hash;");
  }

  /** Clicks the map at a place (the map's centre is the hash's view). */
  void clickAt(double lat, double lng) {
    double[] view = view();
    double scale = 256 * Math.pow(2, view[0]);
    double dx = (lng - view[2]) / 360 * scale;
    double dy = (mercatorY(view[1]) - mercatorY(lat)) / (2 * Math.PI) * scale;
    WebElement map = driver.findElement(By.id("map"));
    new Actions(driver)
        .moveToElement(map, (int) Math.round(dx), (int) Math.round(dy))
        .click()
        .perform();
  }

  private static double mercatorY(double lat) {
    return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
  }

  WebElement card() {
    return driver.findElement(By.id("card"));
  }

  /** Waits for the card to show a loaded feature and returns its title. */
  String cardTitle() {
    wait.withMessage("the card to load")
        .until(d -> card().isDisplayed() && "ready".equals(card().getDomAttribute("data-state")));
    return driver.findElement(By.id("og-card-title")).getText();
  }

  boolean cardOpen() {
    return card().isDisplayed();
  }

  WebElement searchInput() {
    return driver.findElement(By.id("og-search-input"));
  }

  /** Types into the search box and waits for the results list. */
  List<WebElement> search(String text) {
    WebElement input = searchInput();
    input.clear();
    input.sendKeys(text);
    wait.withMessage("search results for " + text)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#og-search-results")));
    wait.until(
        d ->
            !driver.findElements(By.cssSelector("#og-search-results [role=option]")).isEmpty()
                || !driver.findElements(By.cssSelector("#og-search-results .og-empty")).isEmpty());
    return driver.findElements(By.cssSelector("#og-search-results [role=option]"));
  }

  /** The committee labels on the map, by code. */
  Map<String, String> labels() {
    @SuppressWarnings("unchecked")
    Map<String, String> labels =
        (Map<String, String>)
            js(
                "return Object.fromEntries([...document.querySelectorAll('.og-label-text')]"
                    + ".map(e => [e.dataset.code, e.textContent]));");
    return labels;
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private WebElement row(String id) {
    return driver.findElement(By.cssSelector(".og-overlays [data-row='" + id + "']"));
  }

  private WebElement checkbox(String id) {
    return driver.findElement(By.cssSelector("input[data-layer='" + id + "']"));
  }
}
