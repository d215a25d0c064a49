package cn.onegrid.data.organisation;

import cn.onegrid.data.editing.InvalidEdit;
import cn.onegrid.geo.editing.SwappedCoordinates;
import java.util.Arrays;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A residential compound's boundary and code: a valid polygon inside its committee (at most {@value
 * #OUTSIDE_M2} m² beyond it, for rounding along a shared border), refused otherwise, stored as
 * drawn; codes are the committee's, {@code R} and the next free two digits.
 */
final class CompoundShapes {

  /** Square metres a compound may stray beyond its committee. */
  static final double OUTSIDE_M2 = 1.0;

  private final JdbcClient jdbc;

  CompoundShapes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The boundary as WKB to store (SRID 4326), or 422 saying what is wrong and where. */
  byte[] checked(Object sent, long committee, String committeeCode, String where) {
    if (!(sent instanceof Geometry shape)) {
      throw Field.bad("organisation.required", where, OrganisationKind.BOUNDARY);
    }
    if (!(shape instanceof Polygon || shape instanceof MultiPolygon) || shape.isEmpty()) {
      throw refused(
          InvalidEdit.Kind.NOT_A_POLYGON,
          "organisation.boundary-type",
          where,
          shape.getGeometryType());
    }
    TopologyValidationError error = new IsValidOp(shape).getValidationError();
    if (error != null) {
      throw refused(
          InvalidEdit.Kind.BAD_FIELD,
          "organisation.boundary-invalid",
          where,
          error.getMessage(),
          error.getCoordinate().x,
          error.getCoordinate().y);
    }
    byte[] wkb = new WKBWriter(2).write(shape);
    Map<String, Object> outside =
        jdbc.sql(
                "SELECT ST_XMin(c.boundary) AS xmin, ST_YMin(c.boundary) AS ymin,"
                    + " ST_XMax(c.boundary) AS xmax, ST_YMax(c.boundary) AS ymax,"
                    + " ST_Area(ST_Difference(s.g, c.boundary)::geography) AS outside_m2,"
                    + " (SELECT o.code FROM committee o WHERE ST_Intersects(o.boundary,"
                    + "   ST_PointOnSurface(ST_Difference(s.g, c.boundary))) ORDER BY o.code LIMIT 1)"
                    + "   AS drawn_in"
                    + " FROM committee c, (SELECT ST_GeomFromWKB(:wkb, 4326) AS g) s"
                    + " WHERE c.id = :committee")
            .param("wkb", wkb)
            .param("committee", committee)
            .query()
            .singleRow();
    Envelope envelope =
        new Envelope(
            number(outside, "xmin"),
            number(outside, "xmax"),
            number(outside, "ymin"),
            number(outside, "ymax"));
    if (SwappedCoordinates.suspected(shape.getEnvelopeInternal(), envelope)) {
      throw refused(InvalidEdit.Kind.SWAPPED_COORDINATES, "editing.swapped-coordinates");
    }
    double metres = number(outside, "outside_m2");
    if (metres > OUTSIDE_M2) {
      Object drawnIn = outside.get("drawn_in");
      throw drawnIn == null
          ? refused(
              InvalidEdit.Kind.OUTSIDE_COMMITTEE,
              "organisation.compound-outside-town",
              where,
              committeeCode,
              Math.round(metres))
          : refused(
              InvalidEdit.Kind.OUTSIDE_COMMITTEE,
              "organisation.compound-outside",
              where,
              committeeCode,
              Math.round(metres),
              drawnIn);
    }
    return wkb;
  }

  /** The next free compound code of the committee (the caller holds the committee's row lock). */
  String nextCode(long committee, String committeeCode, String where) {
    int next =
        jdbc.sql(
                "SELECT coalesce(max(substr(code, 14)::int), 0) + 1 FROM residential_compound"
                    + " WHERE committee_id = :committee")
            .param("committee", committee)
            .query(Integer.class)
            .single();
    if (next > 99) {
      throw refused(InvalidEdit.Kind.BAD_FIELD, "organisation.compound-codes-used", committeeCode);
    }
    return committeeCode + "R" + (next < 10 ? "0" + next : Integer.toString(next));
  }

  private static double number(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }

  private static InvalidEdit refused(InvalidEdit.Kind kind, String key, Object... args) {
    return new InvalidEdit(kind, key + " " + Arrays.toString(args), key, args);
  }
}
