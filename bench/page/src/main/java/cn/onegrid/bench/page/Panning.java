package cn.onegrid.bench.page;

import cn.onegrid.bench.page.Timeline.Resource;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Panning the map by dragging it, as a reader does, and what each pan fetched: how many item
 * requests, how many bytes, how large each requested box was against the view, and whether any
 * request was for a layer not shown at that zoom.
 */
final class Panning {

  /** The page loads the view plus half a view on every side: at most four views' area. */
  static final double MAX_BOX_TO_VIEW = 4.0;

  private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);

  private Panning() {}

  /**
   * One pan: what it asked for.
   *
   * @param dx pixels dragged to the right
   * @param dy pixels dragged down
   * @param requests item requests
   * @param bytes bytes of those requests
   * @param largestBoxToView the largest requested box's area over the view's (0 with none)
   * @param unneeded requests for layers that are off or not shown at this zoom
   */
  record Pan(int dx, int dy, int requests, long bytes, double largestBoxToView, int unneeded) {}

  /** Opens url (a map view), then drags the map by each [dx, dy] in turn. */
  static List<Pan> run(String url, List<int[]> drags) {
    List<Pan> pans = new ArrayList<>();
    try (Chromium chromium = new Chromium()) {
      chromium.signedIn(url.substring(0, url.indexOf("/#") + 1)).driver.get(url);
      Timeline.usableAt(chromium);
      int seen = Timeline.resources(chromium, 0).size();
      WebElement map = chromium.driver.findElement(By.id("map"));
      for (int[] drag : drags) {
        String before = hash(chromium);
        new Actions(chromium.driver)
            .moveToElement(map)
            .clickAndHold()
            .moveByOffset(drag[0] / 2, drag[1] / 2)
            .moveByOffset(drag[0] - drag[0] / 2, drag[1] - drag[1] / 2)
            .release()
            .perform();
        settle(chromium, before);
        List<Resource> since = Timeline.resources(chromium, seen);
        seen += since.size();
        pans.add(measure(chromium, map, drag, since.stream().filter(Resource::isItems).toList()));
      }
    }
    return pans;
  }

  private static Pan measure(Chromium chromium, WebElement map, int[] drag, List<Resource> items) {
    double[] view = view(chromium);
    double viewArea = (double) map.getRect().getWidth() * map.getRect().getHeight();
    Set<String> shown = shownLayers(chromium);
    double largest = 0;
    int unneeded = 0;
    for (Resource r : items) {
      double[] bbox = bbox(r.url());
      if (bbox != null) {
        largest = Math.max(largest, pixelArea(bbox, view[0]) / viewArea);
      }
      if (!shown.contains(collection(r.url()))) {
        unneeded++;
      }
    }
    return new Pan(
        drag[0],
        drag[1],
        items.size(),
        items.stream().mapToLong(Resource::bytes).sum(),
        largest,
        unneeded);
  }

  /** Waits until the view has moved and stopped, and no layer is loading. */
  private static void settle(Chromium chromium, String before) {
    new WebDriverWait(chromium.driver, SETTLE_TIMEOUT)
        .pollingEvery(Duration.ofMillis(200))
        .withMessage("the map to settle after a pan")
        .until(
            d -> {
              String now = hash(chromium);
              Object loading =
                  chromium.js(
                      "return [...document.querySelectorAll('.og-overlays [data-row]')]"
                          + ".some(r => r.dataset.state === 'loading');");
              return !now.equals(before) && Boolean.FALSE.equals(loading);
            });
  }

  private static String hash(Chromium chromium) {
    return (String) chromium.js("return window.location.hash;");
  }

  /** The layers that are on and shown at this zoom (not waiting for the reader to zoom in). */
  private static Set<String> shownLayers(Chromium chromium) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        (List<String>)
            chromium.js(
                "return [...document.querySelectorAll('.og-overlays [data-row]')]"
                    + ".filter(r => !['off', 'zoom-in'].includes(r.dataset.state))"
                    + ".map(r => r.dataset.row);");
    return new HashSet<>(ids);
  }

  /** {zoom, lat, lng} from the hash. */
  private static double[] view(Chromium chromium) {
    String[] parts = hash(chromium).substring(1).split("/");
    return new double[] {
      Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
    };
  }

  static String collection(String url) {
    String path = URI.create(url).getPath();
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("collections")) {
        return parts[i + 1];
      }
    }
    return "";
  }

  /** The bbox parameter [west, south, east, north] of an items URL, or null. */
  static double[] bbox(String url) {
    String query = URI.create(url).getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("bbox=")) {
        String[] v = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8).split(",");
        return new double[] {
          Double.parseDouble(v[0]),
          Double.parseDouble(v[1]),
          Double.parseDouble(v[2]),
          Double.parseDouble(v[3])
        };
      }
    }
    return null;
  }

  /** The area of a lon/lat box in screen pixels at a zoom level (Web Mercator, 256 px tiles). */
  static double pixelArea(double[] bbox, double zoom) {
    double scale = 256 * Math.pow(2, zoom);
    double width = (bbox[2] - bbox[0]) / 360 * scale;
    double height = (mercatorY(bbox[3]) - mercatorY(bbox[1])) / (2 * Math.PI) * scale;
    return width * height;
  }

  private static double mercatorY(double lat) {
    return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
  }
}
