package cn.onegrid.data.features;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the SQL of a query from the catalogue's fixed fragments. Nothing from a request reaches
 * the SQL text except through the catalogue (property and collection names are looked up, never
 * copied); values are named parameters.
 */
final class FeatureSql {

  /** The data revision, read in the same statement (so the same snapshot) as the data it labels. */
  static final String REVISION = "(SELECT revision FROM data_revision) AS revision";

  /** When the data revision last moved: the data in an answer is as it has been since then. */
  static final String CHANGED_AT = "(SELECT changed_at FROM data_revision) AS changed_at";

  /** Only the data revision: every write to the data moves it (triggers). */
  static final String REVISION_ONLY = "SELECT revision FROM data_revision";

  private FeatureSql() {}

  /**
   * One row: {@code n}, the number of features, {@code features}, their GeoJSON joined by commas,
   * {@code more}, whether a next page has features (one more row is read to know), and the {@code
   * revision} of the data they were read at and its {@code changed_at}.
   */
  static String items(FeatureQuery query) {
    Collection c = query.collection();
    StringBuilder where = new StringBuilder(c.where());
    query.bbox().ifPresent(box -> where.append(" AND ").append(intersects(c, box)));
    for (Property filter :
        query.filters().keySet().stream()
            .sorted(java.util.Comparator.comparing(Property::name))
            .toList()) {
      where.append(" AND (").append(filter.sql()).append(")::text = :f_").append(filter.name());
    }
    return "SELECT count(*) FILTER (WHERE rn <= :limit) AS n,"
        + " coalesce(string_agg(f, ',' ORDER BY rn) FILTER (WHERE rn <= :limit), '') AS features,"
        + " count(*) > :limit AS more, "
        + REVISION
        + ", "
        + CHANGED_AT
        + " FROM (SELECT row_number() OVER (ORDER BY k) AS rn, f FROM ("
        + " SELECT "
        + c.featureId()
        + " AS k, "
        + feature(c, query.properties(), query.crs())
        + " AS f"
        + " FROM "
        + c.from()
        + " WHERE "
        + where
        + " ORDER BY "
        + c.featureId()
        + " LIMIT :limit + 1 OFFSET :offset) s) numbered";
  }

  /** The GeoJSON {@code f} of the feature with id {@code :id}, if any, and the {@code revision}. */
  static String item(Collection c, Crs crs) {
    return "SELECT "
        + feature(c, c.properties(), crs)
        + " AS f, "
        + REVISION
        + " FROM "
        + c.from()
        + " WHERE "
        + c.where()
        + " AND "
        + c.featureId()
        + " = :id";
  }

  /** The extent of a collection in CRS84: xmin, ymin, xmax, ymax; no row when it is empty. */
  static String extent(Collection c) {
    return "SELECT ST_XMin(e) AS xmin, ST_YMin(e) AS ymin, ST_XMax(e) AS xmax, ST_YMax(e) AS ymax"
        + " FROM (SELECT ST_Extent("
        + c.geometry()
        + ") AS e FROM "
        + c.from()
        + " WHERE "
        + c.where()
        + ") s";
  }

  /**
   * One Mapbox vector tile {@code mvt} of the collection at {@code :z/:x/:y} and the {@code
   * revision}; {@code :tolerance} is the simplification in metres (0 for exact geometry).
   *
   * <p>{@code ST_AsMVT} skips rows whose clipped geometry is NULL, so there is no {@code WHERE geom
   * IS NOT NULL}: PostgreSQL would compute {@code ST_AsMVTGeom} twice per row to check it. Plain
   * {@code ST_Simplify} (keeping collapsed rings) rather than the topology-preserving one: {@code
   * ST_AsMVTGeom} makes its output valid anyway, at a third of the cost; at tolerance 0 it only
   * drops collinear points, so high zooms stay exact.
   */
  static String tile(Collection c) {
    String attributes =
        c.properties().stream()
            .map(p -> p.flatSql() + " AS \"" + p.name() + "\"")
            .collect(Collectors.joining(", "));
    return "WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env,"
        + " ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.015625), 4326) AS q)"
        + " SELECT ST_AsMVT(t.*, '"
        + c.id()
        + "', 4096, 'geom') AS mvt, "
        + REVISION
        + " FROM ("
        + " SELECT "
        + attributes
        + ", ST_AsMVTGeom(ST_Simplify(ST_Transform("
        + c.geometry()
        + ", 3857), :tolerance, true), b.env, 4096, 64, true) AS geom"
        + " FROM "
        + c.from()
        + " CROSS JOIN b"
        + " WHERE "
        + c.where()
        + " AND "
        + c.geometry()
        + " && b.q) t";
  }

  private static String feature(Collection c, List<Property> properties, Crs crs) {
    String props =
        properties.stream()
            .map(p -> "'" + p.name() + "', " + p.sql())
            .collect(Collectors.joining(", "));
    return "json_build_object('type', 'Feature', 'id', "
        + c.featureId()
        + ", 'geometry', ST_AsGeoJSON("
        + output(c.geometry(), crs)
        + ", "
        + crs.decimals()
        + ")::json"
        + ", 'properties', json_build_object("
        + props
        + "))::text";
  }

  private static String output(String geometry, Crs crs) {
    String projected =
        crs.srid() == 4326 ? geometry : "ST_Transform(" + geometry + ", " + crs.srid() + ")";
    return crs.latitudeFirst() ? "ST_FlipCoordinates(" + projected + ")" : projected;
  }

  /**
   * The geometry intersects the box: one envelope per part of it ({@link BoundingBox#parts}), bound
   * as {@code :minx0, :miny0, …}.
   */
  private static String intersects(Collection c, BoundingBox box) {
    List<BoundingBox> parts = box.parts();
    StringBuilder sql = new StringBuilder("(");
    for (int i = 0; i < parts.size(); i++) {
      sql.append(i == 0 ? "" : " OR ")
          .append("ST_Intersects(")
          .append(c.geometry())
          .append(", ")
          .append(envelope(box.crs(), i))
          .append(")");
    }
    return sql.append(")").toString();
  }

  private static String envelope(Crs crs, int part) {
    String env =
        "ST_MakeEnvelope(:minx%1$d, :miny%1$d, :maxx%1$d, :maxy%1$d, %2$d)"
            .formatted(part, crs.srid());
    return crs.srid() == 4326 ? env : "ST_Transform(" + env + ", 4326)";
  }
}
