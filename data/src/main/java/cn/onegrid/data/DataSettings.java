package cn.onegrid.data;

import cn.onegrid.data.analysis.MetricFrame;
import cn.onegrid.geo.coverage.Catchments;
import cn.onegrid.geo.editing.DrawingCleaner;

/**
 * The settings {@link OneGridData} builds every data class from, so the background analysis,
 * previews and drawing cleaning all measure in the same frame with the same radius.
 *
 * @param metricCrs the projected CRS lengths and areas are computed in (an EPSG code proj4j knows)
 * @param walkingRadius catchment radius around each post, in metres
 * @param snapTolerance metres within which a drawing's vertices move onto neighbouring borders (0:
 *     no snapping)
 */
public record DataSettings(String metricCrs, double walkingRadius, double snapTolerance) {

  /** EPSG:4549, 300 m, 2 m: what Jiangqiao was set up with. */
  public static final DataSettings DEFAULTS =
      new DataSettings(
          MetricFrame.DEFAULT_CRS, Catchments.DEFAULT_RADIUS, DrawingCleaner.SNAP_TOLERANCE);

  public DataSettings {
    if (metricCrs == null || metricCrs.isBlank()) {
      throw new IllegalArgumentException("The metric CRS must be named, e.g. EPSG:4549");
    }
    if (!(walkingRadius > 0)) {
      throw new IllegalArgumentException("The walking radius must be positive: " + walkingRadius);
    }
    if (!(snapTolerance >= 0)) {
      throw new IllegalArgumentException(
          "The snap tolerance must not be negative: " + snapTolerance);
    }
  }
}
