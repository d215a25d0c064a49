package cn.onegrid.data.sample;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A local metric frame: an equirectangular projection around a centre, in metres, good to a few
 * parts per thousand over a town or a 70 km city (plenty for generating illustrative shapes). East
 * metres are {@code (lon - lon0) * 111320 * cos(lat0)}, north metres {@code (lat - lat0) * 110574}.
 */
final class LocalFrame {

  static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320.0;
  static final double METRES_PER_DEGREE_LAT = 110_574.0;

  /** Degrees, EPSG:4326, rounded to 7 decimals (about 1 cm): the factory of every output. */
  static final GeometryFactory OUTPUT = new GeometryFactory(new PrecisionModel(1e7), 4326);

  /** Metres in the frame, floating precision, no SRID. */
  static final GeometryFactory METRES = new GeometryFactory();

  private static final GeometryFactory DEGREES = new GeometryFactory(new PrecisionModel(), 4326);

  private final AffineTransformation toMetres;
  private final AffineTransformation toDegrees;

  private LocalFrame(Coordinate centre) {
    double xScale = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(centre.y));
    this.toMetres =
        AffineTransformation.translationInstance(-centre.x, -centre.y)
            .scale(xScale, METRES_PER_DEGREE_LAT);
    this.toDegrees =
        AffineTransformation.scaleInstance(1 / xScale, 1 / METRES_PER_DEGREE_LAT)
            .translate(centre.x, centre.y);
  }

  /** The frame centred on the centroid of {@code area} (degrees). */
  static LocalFrame around(Geometry area) {
    return new LocalFrame(area.getCentroid().getCoordinate());
  }

  /** The frame centred on a point given in degrees. */
  static LocalFrame at(double lon, double lat) {
    return new LocalFrame(new Coordinate(lon, lat));
  }

  /** A copy in metres, with a floating precision model and no SRID. */
  Geometry toMetres(Geometry degrees) {
    return toMetres.transform(METRES.createGeometry(degrees));
  }

  /** A copy in degrees (EPSG:4326), not yet rounded: round with the {@link #OUTPUT} factory. */
  Geometry toDegrees(Geometry metres) {
    return toDegrees.transform(DEGREES.createGeometry(metres));
  }

  /** A point in degrees, rounded to the output grid. */
  Coordinate toOutput(Coordinate metres) {
    Coordinate degrees = new Coordinate();
    toDegrees.transform(metres, degrees);
    OUTPUT.getPrecisionModel().makePrecise(degrees);
    return degrees;
  }

  /** A point in metres. */
  Coordinate toMetres(Coordinate degrees) {
    Coordinate metres = new Coordinate();
    toMetres.transform(degrees, metres);
    return metres;
  }
}
