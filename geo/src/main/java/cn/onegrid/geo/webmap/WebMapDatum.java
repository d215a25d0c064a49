package cn.onegrid.geo.webmap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * GCJ-02 and BD-09, the offsets of Chinese web maps, to and from WGS 84 (longitude, latitude in
 * degrees). The forward offset is the published formula (Krasovsky ellipsoid parameters, the fixed
 * trigonometric series); its inverse has no closed form and is found by fixed-point iteration until
 * it moves less than 1e-9° (about 0.1 mm). Points outside China's rough box are left alone, as the
 * web maps leave them.
 */
public enum WebMapDatum {
  /** The national offset (国测局坐标), used by AMap, Tencent and Google's map of China. */
  GCJ_02,
  /** Baidu's offset of GCJ-02 (百度坐标). */
  BD_09;

  private static final double A = 6378245.0;
  private static final double EE = 0.00669342162296594323;
  private static final double BAIDU_PI = Math.PI * 3000.0 / 180.0;
  private static final double CONVERGED = 1e-9;
  private static final int MAX_STEPS = 30;

  /** The WGS 84 coordinates of a geometry given in this datum, as a new geometry. */
  public Geometry toWgs84(Geometry geometry) {
    return transformed(geometry, true);
  }

  /** The coordinates this datum would show for a WGS 84 geometry, as a new geometry. */
  public Geometry fromWgs84(Geometry geometry) {
    return transformed(geometry, false);
  }

  /** WGS 84 of one point in this datum. */
  public Coordinate toWgs84(Coordinate c) {
    Coordinate gcj = this == BD_09 ? bd09ToGcj02(c) : c;
    return gcj02ToWgs84(gcj);
  }

  /** This datum's coordinates of one WGS 84 point. */
  public Coordinate fromWgs84(Coordinate c) {
    Coordinate gcj = wgs84ToGcj02(c);
    return this == BD_09 ? gcj02ToBd09(gcj) : gcj;
  }

  private Geometry transformed(Geometry geometry, boolean toWgs84) {
    Geometry copy = geometry.copy();
    copy.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            Coordinate c = new Coordinate(seq.getX(i), seq.getY(i));
            Coordinate moved = toWgs84 ? toWgs84(c) : fromWgs84(c);
            seq.setOrdinate(i, 0, moved.x);
            seq.setOrdinate(i, 1, moved.y);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return copy;
  }

  static Coordinate wgs84ToGcj02(Coordinate c) {
    if (outsideChina(c)) {
      return new Coordinate(c.x, c.y);
    }
    double[] d = offset(c.x, c.y);
    return new Coordinate(c.x + d[0], c.y + d[1]);
  }

  /** The point whose GCJ-02 offset lands on {@code c}: Newton-free fixed-point iteration. */
  static Coordinate gcj02ToWgs84(Coordinate c) {
    if (outsideChina(c)) {
      return new Coordinate(c.x, c.y);
    }
    double x = c.x;
    double y = c.y;
    for (int step = 0; step < MAX_STEPS; step++) {
      Coordinate there = wgs84ToGcj02(new Coordinate(x, y));
      double dx = c.x - there.x;
      double dy = c.y - there.y;
      x += dx;
      y += dy;
      if (Math.abs(dx) < CONVERGED && Math.abs(dy) < CONVERGED) {
        break;
      }
    }
    return new Coordinate(x, y);
  }

  static Coordinate gcj02ToBd09(Coordinate c) {
    double z = Math.sqrt(c.x * c.x + c.y * c.y) + 0.00002 * Math.sin(c.y * BAIDU_PI);
    double theta = Math.atan2(c.y, c.x) + 0.000003 * Math.cos(c.x * BAIDU_PI);
    return new Coordinate(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
  }

  static Coordinate bd09ToGcj02(Coordinate c) {
    double x = c.x - 0.0065;
    double y = c.y - 0.006;
    double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BAIDU_PI);
    double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BAIDU_PI);
    return new Coordinate(z * Math.cos(theta), z * Math.sin(theta));
  }

  /** The published offset in degrees of longitude and latitude at a WGS 84 point. */
  private static double[] offset(double lon, double lat) {
    double x = lon - 105.0;
    double y = lat - 35.0;
    double dLat = latitudeSeries(x, y);
    double dLon = longitudeSeries(x, y);
    double radLat = lat / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return new double[] {dLon, dLat};
  }

  private static double latitudeSeries(double x, double y) {
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return r;
  }

  private static double longitudeSeries(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return r;
  }

  private static boolean outsideChina(Coordinate c) {
    return c.x < 72.004 || c.x > 137.8347 || c.y < 0.8293 || c.y > 55.8271;
  }
}
