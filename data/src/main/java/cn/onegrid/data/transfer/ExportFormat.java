package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The file formats a collection is exported as, each with the GDAL driver that writes it. CSV and
 * XLSX are tables: a point is two columns ({@code x}, {@code y}), any other shape one ({@code
 * wkt}). KML is always in WGS 84 (EPSG:4326), as its specification says.
 */
public enum ExportFormat {
  GPKG("GPKG", "gpkg", "application/geopackage+sqlite3"),
  SHP("ESRI Shapefile", "zip", "application/zip"),
  GEOJSON("GeoJSON", "geojson", "application/geo+json"),
  KML("KML", "kml", "application/vnd.google-earth.kml+xml"),
  CSV("CSV", "csv", "text/csv;charset=UTF-8"),
  XLSX("XLSX", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String driver;
  private final String extension;
  private final String mediaType;

  ExportFormat(String driver, String extension, String mediaType) {
    this.driver = driver;
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The value of {@code f} that asks for it: {@code gpkg}, {@code shp}, … */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** GDAL's name for the driver that writes it. */
  String driver() {
    return driver;
  }

  /** The downloaded file's extension (a shapefile comes zipped). */
  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public static List<String> parameters() {
    return Arrays.stream(values()).map(ExportFormat::parameter).toList();
  }

  /** The format {@code f} names, or a refusal naming the ones there are. */
  public static ExportFormat of(String f) {
    return Arrays.stream(values())
        .filter(format -> format.parameter().equals(f.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () -> InvalidQuery.of("f", "transfer.format", f, String.join(", ", parameters())));
  }
}
