package cn.onegrid.server.basemaps;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.transfer.Exporter;
import cn.onegrid.server.system.RequestRefused;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /config} for the page, and {@code /basemaps/{layer}/{z}/{x}/{y}}: base map tiles, proxied.
 */
@RestController
class BasemapController {

  private static final int MAX_ZOOM = 18;
  private static final HttpClient UPSTREAM =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  private final Basemaps basemaps;
  private final Exporter exporter;

  BasemapController(Basemaps basemaps, Exporter exporter) {
    this.basemaps = basemaps;
    this.exporter = exporter;
  }

  /** The page's settings: base maps, and the EPSG codes its download control offers. */
  @GetMapping("/config")
  Map<String, Object> config() {
    return Map.of(
        "basemaps",
        basemaps.offered(),
        "defaultBasemap",
        basemaps.defaultBasemap(),
        "exportCrs",
        exporter.srids());
  }

  @GetMapping("/basemaps/{layer}/{z}/{x}/{y}")
  ResponseEntity<byte[]> tile(
      @PathVariable String layer, @PathVariable int z, @PathVariable int x, @PathVariable int y)
      throws InterruptedException {
    if (z < 0 || z > MAX_ZOOM || x < 0 || y < 0 || x >= 1 << z || y >= 1 << z) {
      throw NotFound.of("basemaps.no-tile", z + "/" + x + "/" + y);
    }
    String url =
        basemaps
            .upstream(layer, z, x, y)
            .orElseThrow(() -> NotFound.of("basemaps.no-layer", layer));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("User-Agent", "OneGrid/0.1 (Jiangqiao town grid map)")
            .build();
    try {
      HttpResponse<byte[]> response =
          UPSTREAM.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new RequestRefused(
            HttpStatus.BAD_GATEWAY, "basemaps.upstream-answered", layer, response.statusCode());
      }
      MediaType type =
          MediaType.parseMediaType(
              response.headers().firstValue("Content-Type").orElse("image/png"));
      return ResponseEntity.ok()
          .contentType(type)
          .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
          .body(response.body());
    } catch (IOException e) {
      throw new RequestRefused(
          HttpStatus.BAD_GATEWAY,
          "basemaps.upstream-unreachable",
          layer,
          e.getClass().getSimpleName());
    }
  }
}
