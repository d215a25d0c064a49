package cn.onegrid.server.browser;

import cn.onegrid.data.features.Catalog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The town map page as a test sees it: what to wait for, where to click, what it shows. Reads the
 * page through its DOM (the layer panel's {@code data-state}, the card, the URL's hash) only. It
 * waits on what the page says of itself, never tries twice: panels keep their elements and update
 * them in place, and a panel that replaces a list (the card, search results, plan health, the
 * planner) is {@code aria-busy} until the new one is in, so once nothing is busy nothing redraws
 * unasked.
 */
final class MapPage {

  /**
   * Every layer a signed-in reader sees: the catalogue's collections, and after the incidents their
   * hot spots by month (a layer of the page's own, from the hot-spot tiles).
   */
  static final List<String> LAYERS =
      Catalog.all().stream()
          .flatMap(
              c ->
                  c.id().equals("incidents")
                      ? Stream.of(c.id(), "incident-hotspots")
                      : Stream.of(c.id()))
          .toList();

  /**
   * How long a wait may last. Waits end as soon as the page says it is ready, so a long bound costs
   * nothing on a quick machine; on a loaded one a planner's preview has taken over 20 seconds.
   */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * A script's expression: no layer is loading and nothing says it is busy (the summary, the layer
   * panel before /config, the user menu, plan health, the card, search results, the planner).
   */
  private static final String IDLE =
      "[...document.querySelectorAll('.og-overlays [data-row]')]"
          + ".every(r => r.dataset.state && r.dataset.state !== 'loading')"
          + " && !document.querySelector('[aria-busy=true]')";

  private final ChromeDriver driver;
  private final String base;
  final WebDriverWait wait;

  MapPage(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, TIMEOUT);
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

  /**
   * Where the map's panels end, in viewport pixels: [right of the top-left ones, left of the
   * right-hand ones, bottom of the top ones, top of the bottom ones].
   */
  @SuppressWarnings("unchecked")
  List<Number> panelEdges() {
    return (List<Number>)
        js(
            "const box = (css) => [...document.querySelectorAll(css)]"
                + ".map(e => e.getBoundingClientRect()).filter(r => r.width > 0);"
                + "return [Math.max(0, ...box('.leaflet-top.leaflet-left .leaflet-control')"
                + ".map(r => r.right)),"
                + " Math.min(innerWidth, ...box('.leaflet-right .leaflet-control').map(r => r.left)),"
                + " Math.max(0, ...box('.leaflet-top .leaflet-control').map(r => r.bottom)),"
                + " Math.min(innerHeight, ...box('.leaflet-bottom .leaflet-control')"
                + ".map(r => r.top))];");
  }

  /** Waits until every layer has stopped loading and no panel is busy (the summary is in). */
  MapPage settled() {
    return settled(LAYERS);
  }

  private MapPage settled(List<String> layers) {
    waitFor("the map to load its layers, summary and panels")
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "return document.querySelectorAll('.og-overlays [data-row]').length"
                            + " === arguments[0] && "
                            + IDLE,
                        layers.size())));
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

  /** Where a place is in the page's viewport: {x, y}, once the map has stopped moving. */
  int[] pointOf(double lat, double lng) {
    int[] at = offset(lat, lng);
    org.openqa.selenium.Rectangle box = map().getRect();
    return new int[] {
      box.getX() + box.getWidth() / 2 + at[0], box.getY() + box.getHeight() / 2 + at[1]
    };
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

  /** A wait of its own, so that its message does not stick to later waits (withMessage does). */
  WebDriverWait waitFor(String message) {
    WebDriverWait fresh = new WebDriverWait(driver, TIMEOUT);
    fresh.withMessage(message);
    return fresh;
  }

  /** Whether no layer is loading and no panel is busy: then no panel changes until asked to. */
  boolean idle() {
    return Boolean.TRUE.equals(js("return " + IDLE + ";"));
  }

  /** Waits until the page is {@link #idle()}. */
  MapPage whenIdle() {
    waitFor("the page to finish what it was doing").until(d -> idle());
    return this;
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

  /**
   * Waits until the planner has nothing in flight (its panel is not aria-busy) and the page is idle
   * (the layers a publish reloads have loaded).
   */
  MapPage plannerIdle() {
    waitFor("the planner to finish its requests")
        .until(d -> !findAll("#planner[aria-busy='false'] .og-planner-body").isEmpty() && idle());
    afterPaint();
    return this;
  }

  /** The planner's message, once the planner is idle and shows one that contains text. */
  String plannerMessage(String containing) {
    plannerIdle();
    String shown = text(".og-planner-message");
    if (!shown.contains(containing)) {
      throw new AssertionError("The planner says \"" + shown + "\", not " + containing);
    }
    return text(".og-planner-message p");
  }

  /** Clicks an element once the page is idle, so that no panel is about to redraw it. */
  void click(String css) {
    whenIdle();
    find(css).click();
  }

  private static double mercatorY(double lat) {
    return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
  }

  WebElement card() {
    return driver.findElement(By.id("card"));
  }

  /** Waits for the card to show a loaded feature and returns its title. */
  String cardTitle() {
    waitFor("the card to load")
        .until(d -> card().isDisplayed() && "ready".equals(card().getDomAttribute("data-state")));
    return text("#og-card-title");
  }

  boolean cardOpen() {
    return card().isDisplayed();
  }

  WebElement searchInput() {
    return driver.findElement(By.id("og-search-input"));
  }

  /** Types into the search box and waits for the results list of that text. */
  List<WebElement> search(String text) {
    WebElement input = searchInput();
    input.clear();
    input.sendKeys(text);
    WebElement list = find("#og-search-results");
    waitFor("search results for " + text)
        .until(
            d ->
                list.isDisplayed()
                    && "false".equals(list.getDomAttribute("aria-busy"))
                    && text.equals(list.getDomAttribute("data-query")));
    return findAll("#og-search-results [role=option]");
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

  /** The text of an element. */
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
