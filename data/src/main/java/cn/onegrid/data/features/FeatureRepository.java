package cn.onegrid.data.features;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads features and tiles; PostGIS writes the GeoJSON and the vector tiles itself. GeoJSON comes
 * back as the UTF-8 bytes PostgreSQL sent, never decoded to a Java string. Every answer carries the
 * data revision it was read at, from the same statement, so a label made from it (an ETag, a cache
 * key) can never be newer than the data.
 */
public class FeatureRepository {

  private static final double WEB_MERCATOR_WIDTH = 40_075_016.686;

  /** From this zoom on, tiles carry exact geometry. */
  public static final int EXACT_FROM_ZOOM = 15;

  /** Below this zoom, geometry is simplified to a whole pixel; from it, to a quarter pixel. */
  private static final int FINE_FROM_ZOOM = 12;

  private final JdbcClient jdbc;

  public FeatureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public FeaturePage items(FeatureQuery query) {
    var statement =
        jdbc.sql(FeatureSql.items(query))
            .param("limit", query.limit())
            .param("offset", query.offset());
    List<BoundingBox> parts = query.bbox().map(BoundingBox::parts).orElse(List.of());
    for (int i = 0; i < parts.size(); i++) {
      BoundingBox box = parts.get(i);
      statement
          .param("minx" + i, box.minX())
          .param("miny" + i, box.minY())
          .param("maxx" + i, box.maxX())
          .param("maxy" + i, box.maxY());
    }
    query.filters().forEach((property, value) -> statement.param("f_" + property.name(), value));
    return statement
        .query(
            (row, n) ->
                new FeaturePage(
                    row.getBytes("features"),
                    row.getInt("n"),
                    row.getBoolean("more"),
                    row.getLong("revision"),
                    row.getObject("changed_at", OffsetDateTime.class).toInstant()))
        .single();
  }

  public Optional<Feature> item(Collection collection, String id, Crs crs) {
    return jdbc.sql(FeatureSql.item(collection, crs))
        .param("id", id)
        .query((row, n) -> new Feature(row.getBytes("f"), row.getLong("revision")))
        .optional();
  }

  /** The current data revision: every write to the data moves it. */
  public long revision() {
    return jdbc.sql(FeatureSql.REVISION_ONLY).query(Long.class).single();
  }

  /**
   * The collection's extent in CRS84 (xmin, ymin, xmax, ymax), empty when it has no features.
   * Rounded outward to the decimals coordinates are written with, so that every feature as served
   * lies inside it.
   */
  public Optional<double[]> extent(Collection collection) {
    return jdbc.sql(FeatureSql.extent(collection))
        .query(
            (row, n) ->
                new double[] {
                  outward(row.getDouble("xmin"), RoundingMode.FLOOR),
                  outward(row.getDouble("ymin"), RoundingMode.FLOOR),
                  outward(row.getDouble("xmax"), RoundingMode.CEILING),
                  outward(row.getDouble("ymax"), RoundingMode.CEILING)
                })
        .optional();
  }

  private static double outward(double degrees, RoundingMode direction) {
    return BigDecimal.valueOf(degrees).setScale(Crs.CRS84.decimals(), direction).doubleValue();
  }

  /** The vector tile at z/x/y (x = column, y = row, from the top-left). */
  public Tile tile(Collection collection, int z, int x, int y) {
    double pixel = WEB_MERCATOR_WIDTH / (1L << z) / 4096;
    double tolerance = z >= EXACT_FROM_ZOOM ? 0.0 : z >= FINE_FROM_ZOOM ? pixel / 4 : pixel;
    return jdbc.sql(FeatureSql.tile(collection))
        .param("z", z)
        .param("x", x)
        .param("y", y)
        .param("tolerance", tolerance)
        .query(
            (row, n) -> {
              byte[] mvt = row.getBytes("mvt"); // NULL when no row reached the tile
              return new Tile(mvt == null ? new byte[0] : mvt, row.getLong("revision"));
            })
        .single();
  }
}
