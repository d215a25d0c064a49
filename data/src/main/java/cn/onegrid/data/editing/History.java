package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every published change of an area: who, when, why, before and after (for grids and committees
 * their names too, and an added or removed one has version 0 on that side). Any change can be
 * reverted; the revert is a change of its own, so history only ever grows.
 */
public class History {

  private static final String CHANGES =
      """
      SELECT id, collection, code, changed_by, changed_at, reason, plan_id, reverts,
             before_version, after_version,
             ST_AsBinary(before_shape) AS before_shape, ST_AsBinary(after_shape) AS after_shape
        FROM area_change
      """;

  private final JdbcClient jdbc;
  private final AreaStore store;
  private final AreaReverts reverts;

  public History(JdbcClient jdbc, AreaStore store) {
    this.jdbc = jdbc;
    this.store = store;
    this.reverts = new AreaReverts(jdbc, store);
  }

  /** The feature's changes, newest first. */
  public List<Change> of(Editable target, String code) {
    return jdbc.sql(CHANGES + " WHERE collection = :collection AND code = :code ORDER BY id DESC")
        .param("collection", target.collection())
        .param("code", code)
        .query((row, n) -> change(row))
        .list();
  }

  public Change get(long id) {
    return jdbc.sql(CHANGES + " WHERE id = :id")
        .param("id", id)
        .query((row, n) -> change(row))
        .optional()
        .orElseThrow(() -> NotFound.of("editing.no-change", id));
  }

  /**
   * The committee whose planners may revert the change: its feature's, or for a feature that is
   * gone (a removed grid) the one its code descends from, so that the removal can be reverted.
   */
  public String committeeOf(Change change) {
    return store
        .find(change.target(), change.code())
        .map(StoredArea::committeeCode)
        .orElseGet(() -> change.code().substring(0, Math.min(12, change.code().length())));
  }

  /**
   * Puts back what a change replaced (an area; a grid's name too; an added grid removed, a removed
   * one restored), if the feature is still at version expected (0: a removed grid).
   *
   * @return the feature's new version (0: removed)
   */
  public int revert(long id, int expected, String who, String reason) {
    return reverts.revert(id, expected, who, reason);
  }

  /**
   * The feature's area as it was at a moment: the area before the first change after it, or the
   * current one when nothing changed since. Empty when it had no area then.
   */
  public Optional<Geometry> asOf(Editable target, String code, OffsetDateTime moment) {
    List<Change> later =
        jdbc.sql(
                CHANGES
                    + " WHERE collection = :collection AND code = :code AND changed_at > :moment"
                    + " ORDER BY id LIMIT 1")
            .param("collection", target.collection())
            .param("code", code)
            .param("moment", moment)
            .query((row, n) -> change(row))
            .list();
    if (!later.isEmpty()) {
      return Optional.ofNullable(later.get(0).before());
    }
    StoredArea now = store.find(target, code).orElseThrow(() -> AreaStore.notFound(target, code));
    return Optional.ofNullable(now.shape());
  }

  /**
   * Every area of a collection in a box as it was at a moment, as a GeoJSON FeatureCollection
   * (CRS84): for each feature, the area before its first change after the moment, or its current
   * area when nothing changed since. Features without an area then are left out.
   */
  public String mapAsOf(Editable target, OffsetDateTime moment, double[] bbox) {
    String sql =
        """
        SELECT json_build_object('type', 'FeatureCollection', 'asOf', :moment,
                 'features', coalesce(json_agg(json_build_object(
                     'type', 'Feature', 'id', code,
                     'geometry', ST_AsGeoJSON(shape, 7)::json,
                     'properties', json_build_object('code', code))
                   ORDER BY code), '[]'))::text
          FROM (SELECT t.code,
                       CASE WHEN first.id IS NULL THEN t.%2$s ELSE first.before_shape END AS shape
                  FROM %1$s t
                  LEFT JOIN LATERAL (
                      SELECT c.id, c.before_shape FROM area_change c
                       WHERE c.collection = :collection AND c.code = t.code AND c.changed_at > :moment
                       ORDER BY c.id LIMIT 1) first ON true
                 WHERE %3$s) AS past
         WHERE shape IS NOT NULL
           AND shape && ST_MakeEnvelope(:west, :south, :east, :north, 4326)
        """
            .formatted(target.table(), target.column(), target.filter());
    return jdbc.sql(sql)
        .param("moment", moment)
        .param("collection", target.collection())
        .param("west", bbox[0])
        .param("south", bbox[1])
        .param("east", bbox[2])
        .param("north", bbox[3])
        .query(String.class)
        .single();
  }

  private static Change change(ResultSet row) throws SQLException {
    return new Change(
        row.getLong("id"),
        Editable.of(row.getString("collection")),
        row.getString("code"),
        row.getString("changed_by"),
        row.getObject("changed_at", OffsetDateTime.class),
        row.getString("reason"),
        (Long) row.getObject("plan_id"),
        (Long) row.getObject("reverts"),
        row.getInt("before_version"),
        row.getInt("after_version"),
        AreaStore.geometry(row.getBytes("before_shape")),
        AreaStore.geometry(row.getBytes("after_shape")));
  }

  /** One published change; shapes in degrees, null where there was no area. */
  public record Change(
      long id,
      Editable target,
      String code,
      String changedBy,
      OffsetDateTime changedAt,
      String reason,
      Long plan,
      Long reverts,
      int beforeVersion,
      int afterVersion,
      Geometry before,
      Geometry after) {}
}
