package cn.onegrid.server.tiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The WebMercatorQuad tile matrix set (OGC 17-083r4, Two Dimensional Tile Matrix Set 2.0): the only
 * one OneGrid's tiles are cut in. Its definition document, and the tiles an extent covers.
 */
final class WebMercatorQuad {

  static final String ID = "WebMercatorQuad";
  static final String URI = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
  static final String CRS = "http://www.opengis.net/def/crs/EPSG/0/3857";

  /** The deepest tile matrix of the set's definition (OneGrid serves fewer: see the tilesets). */
  private static final int DEEPEST = 24;

  private static final double HALF_WIDTH = 20_037_508.342789244;
  private static final int TILE_SIZE = 256;

  /** The latitude at which the square world of Web Mercator ends. */
  private static final double MAX_LATITUDE = 85.0511287798066;

  private WebMercatorQuad() {}

  /**
   * The definition as TMS 2.0 encodes it in JSON. It also carries the TMS 1.0 names of the same
   * facts ({@code identifier}, {@code supportedCRS}, {@code boundingBox}, {@code topLeftCorner}):
   * GDAL before 3.7, Debian's included, reads a tiling scheme only in those.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Definition(
      String id,
      String title,
      String uri,
      String crs,
      List<String> orderedAxes,
      String wellKnownScaleSet,
      List<TileMatrix> tileMatrices,
      String identifier,
      String supportedCRS,
      Box boundingBox) {}

  record TileMatrix(
      String id,
      double scaleDenominator,
      double cellSize,
      String cornerOfOrigin,
      double[] pointOfOrigin,
      int tileWidth,
      int tileHeight,
      long matrixWidth,
      long matrixHeight,
      String identifier,
      double[] topLeftCorner) {}

  /** The extent of the set, in both encodings' names (2.0 lowerLeft, 1.0 lowerCorner). */
  record Box(
      String crs,
      double[] lowerLeft,
      double[] upperRight,
      double[] lowerCorner,
      double[] upperCorner) {}

  /** The tiles of one tile matrix that an extent touches (TMS 2.0 {@code tileMatrixSetLimits}). */
  record Limits(
      String tileMatrix, long minTileRow, long maxTileRow, long minTileCol, long maxTileCol) {}

  static Definition definition() {
    List<TileMatrix> matrices =
        IntStream.rangeClosed(0, DEEPEST)
            .mapToObj(
                z -> {
                  double cellSize = 2 * HALF_WIDTH / TILE_SIZE / (1L << z);
                  double[] origin = {-HALF_WIDTH, HALF_WIDTH};
                  return new TileMatrix(
                      Integer.toString(z),
                      cellSize / 0.00028, // the standard 0.28 mm pixel
                      cellSize,
                      "topLeft",
                      origin,
                      TILE_SIZE,
                      TILE_SIZE,
                      1L << z,
                      1L << z,
                      Integer.toString(z),
                      origin);
                })
            .toList();
    return new Definition(
        ID,
        "Google Maps Compatible for the World",
        URI,
        CRS,
        List.of("X", "Y"),
        "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible",
        matrices,
        ID,
        CRS,
        new Box(
            CRS,
            new double[] {-HALF_WIDTH, -HALF_WIDTH},
            new double[] {HALF_WIDTH, HALF_WIDTH},
            new double[] {-HALF_WIDTH, -HALF_WIDTH},
            new double[] {HALF_WIDTH, HALF_WIDTH}));
  }

  /**
   * The tiles from zoom {@code from} to {@code to} that {@code extent} (CRS84: west, south, east,
   * north) touches.
   */
  static List<Limits> limits(double[] extent, int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(
            z ->
                new Limits(
                    Integer.toString(z),
                    row(extent[3], z),
                    row(extent[1], z),
                    column(extent[0], z),
                    column(extent[2], z)))
        .toList();
  }

  private static long column(double longitude, int z) {
    long n = 1L << z;
    return within((long) Math.floor((longitude + 180) / 360 * n), n);
  }

  private static long row(double latitude, int z) {
    long n = 1L << z;
    double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)));
    double y = (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
    return within((long) Math.floor(y * n), n);
  }

  private static long within(long index, long n) {
    return Math.max(0, Math.min(n - 1, index));
  }
}
