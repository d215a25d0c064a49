package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The character set of a shapefile's attributes, written to its {@code .cpg} so that any reader
 * decodes the Chinese right: UTF-8, or GBK for older Chinese desktop GIS.
 */
public enum ShapefileEncoding {
  UTF_8("UTF-8"),
  GBK("GBK");

  private final String gdalName;

  ShapefileEncoding(String gdalName) {
    this.gdalName = gdalName;
  }

  /**
   * Its name as {@code encoding=} takes it, GDAL's {@code ENCODING} option and the {@code .cpg}.
   */
  public String label() {
    return gdalName;
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(ShapefileEncoding::label).toList();
  }

  public static ShapefileEncoding of(String encoding) {
    return Arrays.stream(values())
        .filter(e -> e.gdalName.equals(encoding.strip().toUpperCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidQuery.of(
                    "encoding", "transfer.encoding", encoding, String.join(", ", labels())));
  }
}
