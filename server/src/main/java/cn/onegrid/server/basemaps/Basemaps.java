package cn.onegrid.server.basemaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The configured base maps: the upstream URL of each of their proxied tile layers, or the local
 * file a layer is read from.
 */
@Component
class Basemaps {

  /** A base map as the page sees it: tile URLs on this server only. */
  record Basemap(String id, String title, String attribution, List<String> layers) {}

  private final BasemapProperties properties;
  private final Map<String, String> upstreamByLayer = new LinkedHashMap<>();
  private final Map<String, MbtilesFile> fileByLayer = new LinkedHashMap<>();
  private final List<Basemap> offered = new ArrayList<>();

  Basemaps(BasemapProperties properties) {
    this.properties = properties;
    offered.add(new Basemap("none", "无底图 No base map", null, List.of()));
    if (properties.osm().enabled()) {
      upstreamByLayer.put("osm", properties.osm().url());
      offered.add(
          new Basemap(
              "osm", "OpenStreetMap", "© OpenStreetMap contributors", List.of(local("osm"))));
    }
    if (properties.tianditu().enabled()) {
      String key = properties.tianditu().key().strip();
      upstreamByLayer.put("tianditu", properties.tianditu().vectorUrl().replace("{key}", key));
      upstreamByLayer.put(
          "tianditu-labels", properties.tianditu().labelsUrl().replace("{key}", key));
      offered.add(
          new Basemap(
              "tianditu",
              "天地图 Tianditu",
              "© 天地图 Tianditu",
              List.of(local("tianditu"), local("tianditu-labels"))));
    }
    BasemapProperties.Wmts wmts = properties.wmts();
    if (wmts.enabled()) {
      upstreamByLayer.put("wmts", wmts.tileTemplate());
      String attribution = wmts.attribution().isBlank() ? null : wmts.attribution();
      offered.add(new Basemap("wmts", wmts.title(), attribution, List.of(local("wmts"))));
    }
    BasemapProperties.Mbtiles mbtiles = properties.mbtiles();
    if (mbtiles.file() != null && !mbtiles.file().toString().isBlank()) {
      fileByLayer.put("local", new MbtilesFile(mbtiles.file()));
      String attribution = mbtiles.attribution().isBlank() ? null : mbtiles.attribution();
      offered.add(new Basemap("local", mbtiles.title(), attribution, List.of(local("local"))));
    }
  }

  /** The local file of a layer, if the layer is one. */
  Optional<MbtilesFile> file(String layer) {
    return Optional.ofNullable(fileByLayer.get(layer));
  }

  List<Basemap> offered() {
    return offered;
  }

  /** The configured default, or {@code none} when that base map is not offered. */
  String defaultBasemap() {
    String wanted = properties.defaultBasemap();
    return offered.stream().anyMatch(b -> b.id().equals(wanted)) ? wanted : "none";
  }

  /** The upstream URL of one tile, if the layer is offered. */
  Optional<String> upstream(String layer, int z, int x, int y) {
    return Optional.ofNullable(upstreamByLayer.get(layer))
        .map(
            t ->
                t.replace("{z}", String.valueOf(z))
                    .replace("{x}", String.valueOf(x))
                    .replace("{y}", String.valueOf(y)));
  }

  private static String local(String layer) {
    return "/basemaps/" + layer + "/{z}/{x}/{y}";
  }
}
