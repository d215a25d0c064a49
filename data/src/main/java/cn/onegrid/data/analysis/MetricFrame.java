package cn.onegrid.data.analysis;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Moves geometry between stored degrees (EPSG:4326) and the metric frame analysis works in: by
 * default CGCS2000 / 3-degree Gauss-Krüger CM 120°E (EPSG:4549), through proj4j. Near Jiangqiao
 * (121.3°E) its scale error is about 0.02%, so areas agree with geodesic ones well within 0.5%.
 */
public final class MetricFrame {

  public static final String DEFAULT_CRS = "EPSG:4549";

  private static final CRSFactory CRS = new CRSFactory();
  private static final CoordinateReferenceSystem DEGREES = CRS.createFromName("EPSG:4326");

  private final CoordinateReferenceSystem metres;

  public MetricFrame(String epsgCode) {
    this.metres = CRS.createFromName(epsgCode);
  }

  public static MetricFrame standard() {
    return new MetricFrame(DEFAULT_CRS);
  }

  /** A copy of {@code geometry} (degrees, longitude first) in metres. */
  public Geometry toMetres(Geometry geometry) {
    return transform(geometry, new BasicCoordinateTransform(DEGREES, metres));
  }

  /** A copy of {@code geometry} (metres) in degrees, longitude first, SRID 4326. */
  public Geometry toDegrees(Geometry geometry) {
    Geometry result = transform(geometry, new BasicCoordinateTransform(metres, DEGREES));
    result.setSRID(4326);
    return result;
  }

  /** Transforms are not thread-safe: each call gets its own. */
  private static Geometry transform(Geometry geometry, BasicCoordinateTransform transform) {
    Geometry copy = geometry.copy();
    ProjCoordinate in = new ProjCoordinate();
    ProjCoordinate out = new ProjCoordinate();
    copy.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            in.x = seq.getX(i);
            in.y = seq.getY(i);
            transform.transform(in, out);
            seq.setOrdinate(i, 0, out.x);
            seq.setOrdinate(i, 1, out.y);
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
}
