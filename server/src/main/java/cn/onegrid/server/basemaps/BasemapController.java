package cn.onegrid.server.basemaps;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.transfer.Exporter;
import cn.onegrid.server.system.OneGridProperties;
import cn.onegrid.server.system.RequestRefused;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /config} for the page, and {@code /basemaps/{layer}/{z}/{x}/{y}}: base map tiles, proxied
 * ({@link UpstreamTiles}) and kept on disk ({@link KeptTiles}), or read from a local MBTiles file
 * ({@link MbtilesFile}).
 */
@RestController
class BasemapController {

  private static final int MAX_ZOOM = 18;

  private final Basemaps basemaps;
  private final Exporter exporter;
  private final UpstreamTiles upstream;
  private final KeptTiles kept;

  BasemapController(
      Basemaps basemaps, Exporter exporter, BasemapProperties settings, OneGridProperties oneGrid) {
    this.basemaps = basemaps;
    this.exporter = exporter;
    this.upstream = new UpstreamTiles(settings.maxTileSize().toBytes());
    Path dir =
        settings.cacheDir() != null
            ? settings.cacheDir()
            : oneGrid.data().dir().resolve("basemaps");
    this.kept = new KeptTiles(dir, settings.cacheSize().toBytes());
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
      @PathVariable String layer, @PathVariable int z, @PathVariable int x, @PathVariable int y) {
    if (z < 0 || z > MAX_ZOOM || x < 0 || y < 0 || x >= 1 << z || y >= 1 << z) {
      throw NotFound.of("basemaps.no-tile", z + "/" + x + "/" + y);
    }
    if (basemaps.file(layer).isPresent()) {
      return image(
          basemaps
              .file(layer)
              .get()
              .tile(z, x, y)
              .orElseThrow(() -> NotFound.of("basemaps.no-tile", z + "/" + x + "/" + y)));
    }
    String url =
        basemaps
            .upstream(layer, z, x, y)
            .orElseThrow(() -> NotFound.of("basemaps.no-layer", layer));
    BasemapTile tile =
        kept.get(layer, z, x, y)
            .orElseGet(
                () -> {
                  BasemapTile fetched = fetch(layer, url);
                  kept.put(layer, z, x, y, fetched);
                  return fetched;
                });
    return image(tile);
  }

  private static ResponseEntity<byte[]> image(BasemapTile tile) {
    return ResponseEntity.ok()
        .contentType(tile.type())
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
        .body(tile.bytes());
  }

  private BasemapTile fetch(String layer, String url) {
    try {
      return upstream.fetch(layer, url);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RequestRefused(
          HttpStatus.BAD_GATEWAY, "basemaps.upstream-unreachable", layer, "interrupted");
    }
  }
}
