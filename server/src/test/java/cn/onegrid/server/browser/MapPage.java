package cn.onegrid.server.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
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

  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final ChromeDriver driver;
  private final String base;
  final WebDriverWait wait;

  MapPage(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    wait.ignoring(StaleElementReferenceException.class); // panels redraw as data arrives
  }

  /** The layers of the plain map, which visitors see. */
  static final List<String> PLAIN_MAP_LAYERS = List.of("towns", "committees");

  /** Loads the page afresh (a real load, not a hash change) and waits until it has settled. */
  MapPage open(String hash) {
    return open(hash, LAYERS);
  }

  /** As {@link #open(String)}, for a reader who is shown only {@code layers}. */
  MapPage open(String hash, List<String> layers) {
    driver.get("about:blank");
    driver.get(base + "/" + hash);
    return settled(layers);
  }

  /** Waits until every layer has stopped loading and the summary has arrived. */
  MapPage settled() {
    return settled(LAYERS);
  }

  private MapPage settled(List<String> layers) {
    wait.withMessage("the map to load its layers and summary")
        .until(
            d -> {
              Object states =
                  js(
                      "const rows = [...document.querySelectorAll('.og-overlays [data-row]')];"
                          + "return rows.length === arguments[0]"
                          + " && rows.every(r => r.dataset.state && r.dataset.state !== 'loading')"
                          + " && !!document.querySelector('.og-counts');",
                      layers.size());
              return Boolean.TRUE.equals(states);
            });
    List<String> failed = layers.stream().filter(id -> layerState(id).equals("error")).toList();
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

  /**
   * The view once no pan or zoom animation runs and the hash has stopped changing: panels fit what
   * they show into view with an animation, and a click aimed from a view mid-flight misses.
   */
  private double[] settledView() {
    String[] last = {null};
    waitFor("the map to stop moving")
        .until(
            d -> {
              afterPaint();
              boolean moving = !findAll(".leaflet-zoom-anim, .leaflet-pan-anim").isEmpty();
              String now = hash();
              boolean same = now.equals(last[0]);
              last[0] = now;
              return !moving && same;
            });
    return view();
  }

  String hash() {
    return (String) js("return window.location.hash;");
  }

  /** Clicks the map at a place (the map's centre is the hash's view). */
  void clickAt(double lat, double lng) {
    int[] at = offset(lat, lng);
    new Actions(driver).moveToElement(map(), at[0], at[1]).click().perform();
  }

  /** Drags over the map from one place to another with the button held, in small steps. */
  void brush(double fromLat, double fromLng, double toLat, double toLng) {
    int[] from = offset(fromLat, fromLng);
    int[] to = offset(toLat, toLng);
    Actions actions = new Actions(driver).moveToElement(map(), from[0], from[1]).clickAndHold();
    int steps = 8;
    for (int i = 1; i <= steps; i++) {
      actions.moveToElement(
          map(), from[0] + (to[0] - from[0]) * i / steps, from[1] + (to[1] - from[1]) * i / steps);
    }
    actions.release().perform();
  }

  /** Pixels from the map's centre (the hash's view) to a place, once the map has stopped moving. */
  private int[] offset(double lat, double lng) {
    double[] view = settledView();
    double scale = 256 * Math.pow(2, view[0]);
    double dx = (lng - view[2]) / 360 * scale;
    double dy = (mercatorY(view[1]) - mercatorY(lat)) / (2 * Math.PI) * scale;
    return new int[] {(int) Math.round(dx), (int) Math.round(dy)};
  }

  private WebElement map() {
    return driver.findElement(By.id("map"));
  }

  /**
   * A wait of its own, so that its message does not stick to later waits (withMessage does). It
   * looks again when an element it read was redrawn meanwhile, as panels are when data arrives.
   */
  private WebDriverWait waitFor(String message) {
    WebDriverWait fresh = new WebDriverWait(driver, TIMEOUT);
    fresh.withMessage(message);
    fresh.ignoring(StaleElementReferenceException.class);
    return fresh;
  }

  /** Switches planner mode on (or off) with its button in the top bar. */
  void togglePlanner() {
    boolean wasOn = "true".equals(find("#planner-toggle").getDomAttribute("aria-pressed"));
    find("#planner-toggle").click();
    waitFor("the planner panel to " + (wasOn ? "close" : "open"))
        .until(d -> find("#planner").isDisplayed() != wasOn);
  }

  /** Waits until the planner shows a post, its area and its history, ready to edit. */
  MapPage plannerReady() {
    waitFor("the planner to load the post")
        .until(d -> !findAll(".og-planner-body[data-ready='true']").isEmpty());
    return plannerIdle();
  }

  /** Waits until the planner has no preview in flight. */
  MapPage plannerIdle() {
    waitFor("the planner to finish its request")
        .until(
            d ->
                !findAll(".og-planner-body[data-busy='false']").isEmpty()
                    && Boolean.TRUE.equals(
                        js(
                            "return [...document.querySelectorAll('.og-overlays [data-row]')]"
                                + ".every(r => r.dataset.state !== 'loading');")));
    afterPaint();
    return this;
  }

  /** The planner's message, once it shows one that contains text. */
  String plannerMessage(String containing) {
    waitFor("a message in the planner with " + containing)
        .until(
            d -> {
              List<WebElement> shown = findAll(".og-planner-message p");
              return !shown.isEmpty() && shown.get(0).getText().contains(containing);
            });
    return text(".og-planner-message p");
  }

  /** Clicks an element, again if the page redrew it meanwhile (panels redraw as data arrives). */
  void click(String css) {
    waitFor("to click " + css)
        .until(
            d -> {
              find(css).click();
              return true;
            });
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
    return text("#og-card-title");
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

  /** The text of an element, read again if the page redrew the element meanwhile. */
  String text(String css) {
    for (int attempt = 1; ; attempt++) {
      try {
        return find(css).getText();
      } catch (StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
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
