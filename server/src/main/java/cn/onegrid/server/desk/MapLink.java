package cn.onegrid.server.desk;

import cn.onegrid.data.desk.Desk;
import java.util.Locale;

/**
 * Where a ranking's row opens the map: the map's permalink ({@code permalink.js}: {@code
 * #zoom/lat/lng/committees/code}) at a point inside the committee, zoomed so the committee fits a
 * desktop map (about 900 × 600 px), its card open.
 */
final class MapLink {

  private MapLink() {}

  static String of(Desk.Ranked row) {
    double zoomX = log2(900 * 360 / (256 * Math.max(row.widthDegrees(), 1e-6)));
    double zoomY = log2(600 * 170 / (256 * Math.max(row.heightDegrees(), 1e-6)));
    int zoom = (int) Math.max(10, Math.min(18, Math.floor(Math.min(zoomX, zoomY))));
    return String.format(
        Locale.ROOT, "/#%d/%.5f/%.5f/committees/%s", zoom, row.lat(), row.lng(), row.code());
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
