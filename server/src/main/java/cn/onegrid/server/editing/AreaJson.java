package cn.onegrid.server.editing;

import cn.onegrid.geo.editing.Cleaning;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** How areas and their cleaning are written in responses. */
final class AreaJson {

  private AreaJson() {}

  /** GeoJSON of a geometry in degrees, 7 decimals (1 cm); "null" for none. */
  static String geoJson(Geometry geometry) {
    if (geometry == null) {
      return "null";
    }
    GeoJsonWriter writer = new GeoJsonWriter(7);
    writer.setEncodeCRS(false);
    return writer.write(geometry);
  }

  /**
   * One cleaning step as the planner sees it.
   *
   * @param kind repaired, snapped or clipped
   * @param areaChangeM2 m² gained (positive) or lost
   * @param where [longitude, latitude] of the place concerned, or null
   * @param detail what was done or what was wrong, in the request's language ({@link
   *     CleaningWords})
   */
  record CleaningJson(String kind, double areaChangeM2, double[] where, String detail) {
    static CleaningJson of(Cleaning c, String detail) {
      return new CleaningJson(
          c.kind().name().toLowerCase(Locale.ROOT),
          Math.round(c.areaChange() * 10) / 10.0,
          c.where() == null ? null : new double[] {round(c.where().x), round(c.where().y)},
          detail);
    }

    private static double round(double degrees) {
      return Math.round(degrees * 1e7) / 1e7;
    }
  }

  /**
   * A stored or previewed area.
   *
   * @param id the feature's code
   * @param collection its collection
   * @param version its version after the write (the next If-Match), or the current one
   * @param geometry the area as stored or as it would be stored
   * @param cleanings what cleaning changed in the drawing
   */
  record AreaResult(
      String id,
      String collection,
      int version,
      @JsonRawValue String geometry,
      List<CleaningJson> cleanings) {}
}
