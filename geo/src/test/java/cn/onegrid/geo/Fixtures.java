package cn.onegrid.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** WKT fixtures for the analysis tests; coordinates are metres. */
public final class Fixtures {

  private Fixtures() {}

  public static Geometry wkt(String wkt) {
    try {
      return new WKTReader().read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  public static Region region(String id, String wkt) {
    return new Region(id, wkt(wkt));
  }

  /** The normalized WKT of {@code geometry}, for comparing shapes whatever their vertex order. */
  public static String normalized(Geometry geometry) {
    Geometry copy = geometry.copy();
    copy.normalize();
    return copy.toText();
  }
}
