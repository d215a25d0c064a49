package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes editable areas, one statement each. A write names the version it was based on
 * and changes nothing unless that is still the stored one; every write leaves its before and after
 * in area_change. Runs in the caller's transaction when there is one.
 */
public class AreaStore {

  private static final String FIND =
      """
      SELECT t.version, ST_AsBinary(t.%2$s) AS shape, c.code AS committee
        FROM %1$s t JOIN committee c ON c.id = t.committee_id
       WHERE t.code = :code AND %3$s
      """;

  /** Locks the row, compares versions after the lock (so racing writers queue, then fail). */
  private static final String REPLACE =
      """
      WITH before AS (
          SELECT t.id, t.version, t.%2$s AS shape FROM %1$s t
           WHERE t.code = :code AND %3$s FOR UPDATE
      ), updated AS (
          UPDATE %1$s t SET %2$s = ST_Multi(ST_GeomFromWKB(:shape, 4326))
            FROM before WHERE t.id = before.id AND before.version = :expected
          RETURNING t.version, t.%2$s AS shape
      )
      INSERT INTO area_change (collection, code, changed_by, reason, plan_id, reverts,
                               before_version, after_version, before_shape, after_shape)
      SELECT :collection, :code, :who, :reason, :plan, :reverts,
             before.version, updated.version, before.shape, updated.shape
        FROM before, updated
      RETURNING after_version
      """;

  private static final String NEIGHBOURS =
      """
      SELECT ST_AsBinary(t.%2$s) FROM %1$s t JOIN committee c ON c.id = t.committee_id
       WHERE c.code = :committee AND t.code <> :code AND t.%2$s IS NOT NULL AND %3$s
      """;

  private static final String COMMITTEE =
      "SELECT ST_AsBinary(boundary) FROM committee WHERE code = :committee";

  private static final String COMMITTEE_AT =
      "SELECT name || ' (' || code || ')' FROM committee"
          + " WHERE ST_Intersects(boundary, ST_SetSRID(ST_Point(:x, :y), 4326))"
          + " ORDER BY code LIMIT 1";

  private final JdbcClient jdbc;

  public AreaStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StoredArea> find(Editable target, String code) {
    return jdbc.sql(sql(FIND, target))
        .param("code", code)
        .query(
            (row, n) ->
                new StoredArea(
                    target,
                    code,
                    row.getString("committee"),
                    row.getInt("version"),
                    geometry(row.getBytes("shape"))))
        .optional();
  }

  /**
   * Stores shape (degrees; null removes it) if the area is still at version expected.
   *
   * @return the new version
   * @throws StaleVersion when it is not, NotFound when there is no such feature
   */
  public int replace(
      Editable target,
      String code,
      int expected,
      Geometry shape,
      String who,
      String reason,
      Long plan,
      Long reverts) {
    Optional<Integer> written =
        jdbc.sql(sql(REPLACE, target))
            .param("code", code)
            .param("expected", expected)
            .param("shape", shape == null ? null : new WKBWriter().write(shape))
            .param("collection", target.collection())
            .param("who", who)
            .param("reason", reason)
            .param("plan", plan)
            .param("reverts", reverts)
            .query(Integer.class)
            .optional();
    if (written.isPresent()) {
      return written.get();
    }
    StoredArea now = find(target, code).orElseThrow(() -> notFound(target, code));
    throw new StaleVersion(target.collection() + " " + code, expected, now.version());
  }

  /**
   * The other areas of the same kind in the committee: what a drawing should share borders with.
   */
  public List<Geometry> neighbours(Editable target, String committee, String code) {
    return jdbc.sql(sql(NEIGHBOURS, target))
        .param("committee", committee)
        .param("code", code)
        .query((row, n) -> geometry(row.getBytes(1)))
        .list();
  }

  /** The boundaries (degrees) of those of codes that are micro-grids of the committee. */
  public List<Geometry> microGrids(String committee, List<String> codes) {
    return jdbc.sql(
            "SELECT ST_AsBinary(g.boundary) FROM grid g JOIN committee c ON c.id = g.committee_id"
                + " WHERE c.code = :committee AND g.level = 'micro' AND g.code = ANY (:codes)"
                + " ORDER BY g.code")
        .param("committee", committee)
        .param("codes", codes.toArray(String[]::new))
        .query((row, n) -> geometry(row.getBytes(1)))
        .list();
  }

  /** The committee's boundary, in degrees. */
  public Geometry committee(String committee) {
    return jdbc.sql(COMMITTEE)
        .param("committee", committee)
        .query((row, n) -> geometry(row.getBytes(1)))
        .single();
  }

  /** The committee at a point (degrees) as people know it, its name and code; none outside. */
  public Optional<String> committeeAt(Coordinate degrees) {
    return jdbc.sql(COMMITTEE_AT)
        .param("x", degrees.x)
        .param("y", degrees.y)
        .query(String.class)
        .optional();
  }

  static NotFound notFound(Editable target, String code) {
    return NotFound.of("editing.no-feature", code, target.collection());
  }

  private static String sql(String template, Editable target) {
    return template.formatted(target.table(), target.column(), target.filter());
  }

  static Geometry geometry(byte[] wkb) {
    if (wkb == null) {
      return null;
    }
    try {
      Geometry geometry = new WKBReader().read(wkb);
      geometry.setSRID(4326);
      return geometry;
    } catch (ParseException e) {
      throw new IllegalStateException("PostGIS sent unreadable WKB", e);
    }
  }
}
