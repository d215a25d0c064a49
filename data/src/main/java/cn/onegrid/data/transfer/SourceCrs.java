package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.util.Locale;

/**
 * The coordinate system a user says a file is in, for a file that does not say (a CSV, a shapefile
 * without {@code .prj}): CGCS2000 (EPSG:4490), WGS 84 (EPSG:4326) or a CGCS2000 3-degree
 * Gauss-Krüger zone (EPSG:4513–4554). A file that names its own keeps it.
 */
public record SourceCrs(int srid) {

  static final int FIRST_ZONE = 4513;
  static final int LAST_ZONE = 4554;

  public SourceCrs {
    if (!(srid == 4490 || srid == 4326 || (srid >= FIRST_ZONE && srid <= LAST_ZONE))) {
      throw InvalidQuery.of("crs", "transfer.source-crs", String.valueOf(srid));
    }
  }

  /** {@code 4490} or {@code EPSG:4490}, or a refusal naming what is taken. */
  public static SourceCrs of(String text) {
    String code = text.strip().toUpperCase(Locale.ROOT).replaceFirst("^EPSG:", "");
    try {
      return new SourceCrs(Integer.parseInt(code));
    } catch (NumberFormatException e) {
      throw InvalidQuery.of("crs", "transfer.source-crs", text);
    }
  }

  String epsg() {
    return "EPSG:" + srid;
  }
}
