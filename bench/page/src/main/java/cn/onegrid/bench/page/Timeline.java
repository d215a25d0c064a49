package cn.onegrid.bench.page;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the page's own performance timeline says: the navigation, every resource fetched (with the
 * bytes that crossed the wire), and the page's {@code og-usable} mark, set once every layer shown
 * has drawn its data and the summary is there.
 */
final class Timeline {

  private static final Duration USABLE_TIMEOUT = Duration.ofSeconds(60);
  private static final String USABLE =
      "return performance.getEntriesByName('og-usable').length > 0;";

  private Timeline() {}

  /** Waits for the og-usable mark; its time in ms from the start of navigation. */
  static double usableAt(Chromium chromium) {
    new WebDriverWait(chromium.driver, USABLE_TIMEOUT)
        .withMessage("the page's og-usable mark")
        .until(d -> Boolean.TRUE.equals(chromium.js(USABLE)));
    return number(chromium.js("return performance.getEntriesByName('og-usable')[0].startTime"));
  }

  /** The navigation: {transferSize, domContentLoaded, load} (ms from its start). */
  static Map<String, Object> navigation(Chromium chromium) {
    @SuppressWarnings("unchecked")
    Map<String, Object> nav =
        (Map<String, Object>)
            chromium.js(
                "const n = performance.getEntriesByType('navigation')[0];"
                    + "return {transferSize: n.transferSize,"
                    + " domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd};");
    return nav;
  }

  /** Resource entries from index `from` on: [{name, initiatorType, transferSize, start, end}]. */
  static List<Resource> resources(Chromium chromium, int from) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries =
        (List<Map<String, Object>>)
            chromium.js(
                "return performance.getEntriesByType('resource').slice(arguments[0]).map(e =>"
                    + " ({name: e.name, type: e.initiatorType, bytes: e.transferSize,"
                    + " start: e.startTime, end: e.responseEnd}));",
                from);
    return entries.stream()
        .map(
            e ->
                new Resource(
                    (String) e.get("name"),
                    (String) e.get("type"),
                    (long) number(e.get("bytes")),
                    number(e.get("start")),
                    number(e.get("end"))))
        .toList();
  }

  static double number(Object value) {
    return value == null ? 0 : ((Number) value).doubleValue();
  }

  /** One fetched resource: its URL, what asked for it, the bytes on the wire, when. */
  record Resource(String url, String type, long bytes, double start, double end) {
    boolean isItems() {
      return url.contains("/items");
    }
  }
}
