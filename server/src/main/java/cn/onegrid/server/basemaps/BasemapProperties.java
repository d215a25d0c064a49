package cn.onegrid.server.basemaps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Base map settings ({@code onegrid.basemaps.*}).
 *
 * @param defaultBasemap the base map a new visitor sees: {@code none}, {@code osm} or {@code
 *     tianditu}
 * @param osm OpenStreetMap's tiles
 * @param tianditu Tianditu's vector and label tiles (天地图 矢量 + 注记)
 */
@ConfigurationProperties("onegrid.basemaps")
public record BasemapProperties(
    @DefaultValue("none") String defaultBasemap,
    @DefaultValue Osm osm,
    @DefaultValue Tianditu tianditu) {

  /**
   * @param enabled whether OpenStreetMap is offered (it needs the internet)
   * @param url tile URL template with {z}, {x}, {y}
   */
  public record Osm(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String url) {}

  /**
   * @param key the Tianditu key; blank leaves Tianditu out. Kept on the server.
   * @param vectorUrl vector tiles template with {z}, {x}, {y}, {key}
   * @param labelsUrl label tiles template with {z}, {x}, {y}, {key}
   */
  public record Tianditu(
      String key,
      @DefaultValue(
              "https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec"
                  + "&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}")
          String vectorUrl,
      @DefaultValue(
              "https://t0.tianditu.gov.cn/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=cva"
                  + "&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}")
          String labelsUrl) {

    boolean enabled() {
      return key != null && !key.isBlank();
    }
  }
}
