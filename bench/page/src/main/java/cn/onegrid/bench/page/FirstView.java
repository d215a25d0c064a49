package cn.onegrid.bench.page;

import cn.onegrid.bench.page.Timeline.Resource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One first visit: a fresh browser opens the map and waits until it is usable. Records the bytes
 * that crossed the wire (page, scripts, styles, data), and when the page became usable.
 *
 * @param bytes everything transferred until usable, the page itself included
 * @param requests how many requests that took
 * @param usableMs from the start of navigation to the og-usable mark
 * @param domContentLoadedMs from the start of navigation to DOMContentLoaded
 * @param bytesByType bytes by what asked for them (script, link, fetch, navigation, ...)
 * @param resources what was fetched until usable, in the order it started
 */
record FirstView(
    long bytes,
    int requests,
    double usableMs,
    double domContentLoadedMs,
    Map<String, Long> bytesByType,
    List<Resource> resources) {

  static FirstView measure(String url) {
    try (Chromium chromium = new Chromium()) {
      chromium.signedIn(url).driver.get(url);
      double usable = Timeline.usableAt(chromium);
      Map<String, Object> navigation = Timeline.navigation(chromium);
      List<Resource> resources =
          Timeline.resources(chromium, 0).stream().filter(r -> r.start() <= usable).toList();
      Map<String, Long> byType = new TreeMap<>();
      long page = (long) Timeline.number(navigation.get("transferSize"));
      byType.put("navigation", page);
      resources.forEach(r -> byType.merge(r.type(), r.bytes(), Long::sum));
      return new FirstView(
          page + resources.stream().mapToLong(Resource::bytes).sum(),
          resources.size() + 1,
          usable,
          Timeline.number(navigation.get("domContentLoaded")),
          byType,
          resources);
    }
  }
}
