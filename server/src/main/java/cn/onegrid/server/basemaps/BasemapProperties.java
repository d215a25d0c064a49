package cn.onegrid.server.basemaps;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Base map settings ({@code onegrid.basemaps.*}).
 *
 * @param defaultBasemap the base map a new visitor sees: {@code none}, {@code osm}, {@code
 *     tianditu}, {@code local} or {@code wmts}
 * @param osm OpenStreetMap's tiles
 * @param tianditu Tianditu's vector and label tiles (天地图 矢量 + 注记)
 * @param mbtiles a local MBTiles file the town provides (base map {@code local})
 * @param wmts an intranet WMTS service asked by KVP GetTile (base map {@code wmts})
 * @param maxTileSize the largest tile taken from a base map's server
 * @param cacheSize how much disk the tiles fetched may take; 0 keeps none
 * @param cacheDir where they are kept; blank is {@code basemaps} in {@code onegrid.data.dir}
 */
@ConfigurationProperties("onegrid.basemaps")
public record BasemapProperties(
    @DefaultValue("none") String defaultBasemap,
    @DefaultValue Osm osm,
    @DefaultValue Tianditu tianditu,
    @DefaultValue Mbtiles mbtiles,
    @DefaultValue Wmts wmts,
    @DefaultValue("1MB") DataSize maxTileSize,
    @DefaultValue("256MB") DataSize cacheSize,
    Path cacheDir) {

  /**
   * @param enabled whether OpenStreetMap is offered (it needs the internet)
   * @param url tile URL template with {z}, {x}, {y}
   */
  public record Osm(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String url) {}

  /**
   * @param file the MBTiles file; blank offers none
   * @param title what the layer panel calls it
   * @param attribution who made it, shown on the map
   */
  public record Mbtiles(
      Path file,
      @DefaultValue("本地底图 Local base map") String title,
      @DefaultValue("") String attribution) {}

  /**
   * An intranet WMTS service (a 天地图 node, say) asked tile by tile with KVP GetTile, through the
   * same proxy and disk cache as the XYZ base maps. Its tile matrix set must be Web Mercator's quad
   * tree with each matrix a zoom level (天地图's {@code w}, {@code GoogleMapsCompatible}).
   *
   * @param url the service's KVP address ({@code http://tdt.intranet/vec_w/wmts}, a query of its
   *     own kept, a token in it too); blank offers none
   * @param layer GetTile's {@code LAYER}
   * @param style its {@code STYLE}
   * @param tileMatrixSet its {@code TILEMATRIXSET}
   * @param format its {@code FORMAT} ({@code tiles} for 天地图, else a media type)
   * @param tileMatrixPrefix put before the zoom in {@code TILEMATRIX}, for sets whose matrices are
   *     named like {@code EPSG:3857:12}
   * @param title what the layer panel calls it
   * @param attribution who made it, shown on the map
   */
  public record Wmts(
      String url,
      @DefaultValue("vec") String layer,
      @DefaultValue("default") String style,
      @DefaultValue("w") String tileMatrixSet,
      @DefaultValue("tiles") String format,
      @DefaultValue("") String tileMatrixPrefix,
      @DefaultValue("内网底图 Intranet base map") String title,
      @DefaultValue("") String attribution) {

    boolean enabled() {
      return url != null && !url.isBlank();
    }

    /** GetTile's URL with {z}, {x} and {y} for the tile (WMTS: TILEROW is y, TILECOL x). */
    String tileTemplate() {
      String base = url.strip();
      return base
          + (base.contains("?") ? "&" : "?")
          + "SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER="
          + query(layer)
          + "&STYLE="
          + query(style)
          + "&TILEMATRIXSET="
          + query(tileMatrixSet)
          + "&FORMAT="
          + query(format)
          + "&TILEMATRIX="
          + query(tileMatrixPrefix)
          + "{z}&TILEROW={y}&TILECOL={x}";
    }

    private static String query(String value) {
      return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
    }
  }

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
