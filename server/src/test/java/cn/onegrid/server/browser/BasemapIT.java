package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.remote.http.Route;

/**
 * Base maps come from /config, played here by the browser (the test server offers none, and the
 * machine has no internet): offered ones can be chosen, and without /config the map still works.
 */
class BasemapIT extends BrowserTest {

  private static final String CONFIG_WITH_OSM =
      """
      {"basemaps": [{"id": "none", "title": "无底图 No base map", "attribution": null, "layers": []},
                    {"id": "osm", "title": "OpenStreetMap", "attribution": "© OpenStreetMap contributors",
                     "layers": ["/basemaps/osm/{z}/{x}/{y}"]}],
       "defaultBasemap": "none"}
      """;
  private static final byte[] GREY_PIXEL =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Test
  void anOfferedBaseMapCanBeChosen() {
    Route config =
        answer("/config", "application/json", CONFIG_WITH_OSM.getBytes(StandardCharsets.UTF_8));
    Route tiles =
        Route.matching(request -> request.getUri().contains("/basemaps/osm/"))
            .to(() -> request -> response(200, "image/png", GREY_PIXEL));
    try (NetworkInterceptor interceptor =
        new NetworkInterceptor(browser.driver, Route.combine(config, tiles))) {
      page.open("");
      page.wait.until(d -> !page.findAll("input[data-basemap='osm']").isEmpty());
      assertThat(page.text(".og-basemaps")).contains("无底图", "OpenStreetMap");
      assertThat(page.find("input[data-basemap='none']").isSelected()).isTrue();

      page.find("input[data-basemap='osm']").click();

      page.wait.until(
          d -> !page.findAll("img.leaflet-tile-loaded[src*='/basemaps/osm/']").isEmpty());
      assertThat(page.find("#map").getDomAttribute("data-basemap")).isEqualTo("osm");
      assertThat(page.text(".leaflet-control-attribution"))
          .contains("© OpenStreetMap contributors");

      page.find("input[data-basemap='none']").click();
      page.wait.until(d -> page.findAll("img.leaflet-tile").isEmpty());
    }
  }

  @Test
  void withoutConfigTheMapHasThePlainBackground() {
    Route missing =
        answer("/config", "application/problem+json", "{}".getBytes(StandardCharsets.UTF_8), 404);
    try (NetworkInterceptor interceptor = new NetworkInterceptor(browser.driver, missing)) {
      page.open("");

      assertThat(page.findAll(".og-basemaps input")).hasSize(1);
      assertThat(page.find("input[data-basemap='none']").isSelected()).isTrue();
      assertThat(page.layerState("committees")).isEqualTo("ready");
    }
    List<String> errors = browser.consoleErrors();
    assertThat(errors).allMatch(message -> message.contains("/config"), "only the missing /config");
  }

  private static Route answer(String path, String type, byte[] body) {
    return answer(path, type, body, 200);
  }

  private static Route answer(String path, String type, byte[] body, int status) {
    return Route.matching(request -> request.getUri().endsWith(path))
        .to(() -> request -> response(status, type, body));
  }

  private static HttpResponse response(int status, String type, byte[] body) {
    return new HttpResponse()
        .setStatus(status)
        .addHeader("Content-Type", type)
        .setContent(Contents.bytes(body));
  }
}
