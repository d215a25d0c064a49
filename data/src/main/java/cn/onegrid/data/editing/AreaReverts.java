package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts back what one row of area_change changed, as a change of its own that names it: a shape
 * (through {@link AreaStore#replace}), a grid's or committee's name and shape, an added grid or
 * committee removed, a removed grid or committee restored with its name, shape, leader and
 * illustrative flag. Committees are reverted only with their plan ({@link PlanReverts}): no
 * committee is an editable collection of its own.
 */
final class AreaReverts {

  private static final String ROW =
      "SELECT collection, code, before_version, after_version, before_name FROM area_change"
          + " WHERE id = :id";

  private static final String RECORD =
      """
      INSERT INTO area_change (collection, code, changed_by, reason, reverts,
                               before_version, after_version, before_shape, after_shape,
                               before_name, after_name, leader_id, illustrative)
      """;

  private final JdbcClient jdbc;
  private final AreaStore store;

  AreaReverts(JdbcClient jdbc, AreaStore store) {
    this.jdbc = jdbc;
    this.store = store;
  }

  private record Row(
      String collection, String code, int beforeVersion, int afterVersion, String beforeName) {
    boolean committee() {
      return collection.equals("committees");
    }
  }

  /**
   * Reverts change {@code id} if its feature is at version expected (0: it does not exist).
   *
   * @return the feature's new version (0: it is gone)
   * @throws StaleVersion when it is not
   */
  int revert(long id, int expected, String who, String reason) {
    Row row =
        jdbc.sql(ROW)
            .param("id", id)
            .query(
                (r, n) ->
                    new Row(
                        r.getString("collection"),
                        r.getString("code"),
                        r.getInt("before_version"),
                        r.getInt("after_version"),
                        r.getString("before_name")))
            .optional()
            .orElseThrow(() -> NotFound.of("editing.no-change", id));
    String table = row.committee() ? "committee" : "grid";
    String filter = row.committee() ? "TRUE" : Editable.of(row.collection()).filter();
    Optional<Integer> written;
    if (row.beforeVersion() == 0) {
      written = remove(row, table, filter, id, expected, who, reason);
    } else if (row.afterVersion() == 0) {
      written = restore(row, id, expected, who, reason);
    } else if (row.beforeName() != null) {
      written = rename(row, table, filter, id, expected, who, reason);
    } else {
      byte[] before =
          jdbc.sql("SELECT ST_AsBinary(before_shape) FROM area_change WHERE id = :id")
              .param("id", id)
              .query((r, n) -> r.getBytes(1))
              .single();
      return store.replace(
          Editable.of(row.collection()),
          row.code(),
          expected,
          AreaStore.geometry(before),
          who,
          reason,
          null,
          id);
    }
    if (written.isPresent()) {
      return written.get();
    }
    int current =
        jdbc.sql("SELECT t.version FROM " + table + " t WHERE t.code = :code AND " + filter)
            .param("code", row.code())
            .query(Integer.class)
            .optional()
            .orElse(0);
    throw new StaleVersion(row.collection() + " " + row.code(), expected, current);
  }

  private Optional<Integer> remove(
      Row row, String table, String filter, long id, int expected, String who, String reason) {
    String leader = row.committee() ? "NULL::bigint" : "t.leader_id";
    String delete =
        "DELETE FROM "
            + table
            + " t WHERE t.code = :code AND "
            + filter
            + " AND t.version = :expected RETURNING t.code, t.version, t.name, t.boundary, "
            + leader
            + " AS leader_id, t.illustrative";
    return recorded(delete, true, row, id, expected, who, reason);
  }

  private Optional<Integer> restore(Row row, long id, int expected, String who, String reason) {
    if (expected != 0) {
      return Optional.empty();
    }
    String insert =
        row.committee()
            ? """
              INSERT INTO committee (town_id, code, kind, name, boundary, illustrative)
              SELECT (SELECT min(id) FROM town), a.code, %s, a.before_name, a.before_shape,
                     coalesce(a.illustrative, false)
                FROM area_change a
               WHERE a.id = :id AND NOT EXISTS (SELECT 1 FROM committee c WHERE c.code = a.code)
              RETURNING code, version, name, boundary, NULL::bigint AS leader_id, illustrative
              """
                .formatted(NamedAreas.committeeKind("a.before_name"))
            : """
              INSERT INTO grid (committee_id, parent_id, level, seq, code, name, leader_id,
                                boundary, illustrative)
              SELECT c.id, pg.id, CASE length(a.code) WHEN 16 THEN 'micro' ELSE 'comprehensive' END,
                     right(a.code, 2)::int, a.code, a.before_name, a.leader_id, a.before_shape,
                     coalesce(a.illustrative, false)
                FROM area_change a JOIN committee c ON c.code = left(a.code, 12)
                LEFT JOIN grid pg ON length(a.code) = 16 AND pg.code = left(a.code, 14)
               WHERE a.id = :id AND NOT EXISTS (SELECT 1 FROM grid g WHERE g.code = a.code)
              RETURNING code, version, name, boundary, leader_id, illustrative
              """;
    return recorded(insert, false, row, id, expected, who, reason);
  }

  /**
   * Runs {@code write}, which deletes ({@code removed}) or inserts one feature and returns its
   * code, version, name, boundary, leader_id and illustrative, and records it in area_change as the
   * revert of change {@code id}: the feature's side before a removal, after a restore.
   *
   * @return the version written (0: it is gone), empty when {@code write} touched nothing
   */
  private Optional<Integer> recorded(
      String write, boolean removed, Row row, long id, int expected, String who, String reason) {
    String sides =
        removed
            ? "version, 0, boundary, NULL, name, NULL"
            : "0, version, NULL, boundary, NULL, name";
    return written(
        "WITH done AS ("
            + write
            + ") "
            + RECORD
            + " SELECT :collection, code, :who, :reason, :id, "
            + sides
            + ", leader_id, illustrative FROM done RETURNING after_version",
        row,
        id,
        expected,
        who,
        reason);
  }

  private Optional<Integer> rename(
      Row row, String table, String filter, long id, int expected, String who, String reason) {
    return written(
        """
            WITH before AS (
                SELECT t.id, t.version, t.name, t.boundary FROM %1$s t
                 WHERE t.code = :code AND %2$s FOR UPDATE
            ), updated AS (
                UPDATE %1$s t SET name = a.before_name, boundary = a.before_shape
                  FROM before, area_change a
                 WHERE t.id = before.id AND before.version = :expected AND a.id = :id
                RETURNING t.version, t.name, t.boundary
            )
            """
                .formatted(table, filter)
            + RECORD
            + " SELECT :collection, :code, :who, :reason, :id, before.version,"
            + " updated.version, before.boundary, updated.boundary, before.name, updated.name,"
            + " NULL, NULL FROM before, updated RETURNING after_version",
        row,
        id,
        expected,
        who,
        reason);
  }

  /** Runs a revert's statement, which returns the version it wrote when it wrote anything. */
  private Optional<Integer> written(
      String sql, Row row, long id, int expected, String who, String reason) {
    JdbcClient.StatementSpec spec =
        jdbc.sql(sql)
            .param("collection", row.collection())
            .param("id", id)
            .param("who", who)
            .param("reason", reason);
    if (sql.contains(":code")) {
      spec = spec.param("code", row.code());
    }
    if (sql.contains(":expected")) {
      spec = spec.param("expected", expected);
    }
    return spec.query(Integer.class).optional();
  }
}
