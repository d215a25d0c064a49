package cn.onegrid.data.editing;

import cn.onegrid.data.editing.Plans.Published;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import's writes of grids and committees, set-based (a city's 48,000 micro-grids are a few
 * statements), each row written leaving its row of area_change with the name and shape before and
 * after: an added feature has before version 0, a removed one after version 0 (its leader and
 * illustrative flag kept). So an import reverts like a planner's drawing ({@link AreaReverts}).
 * Runs in the publishing transaction, after {@link PlanImports#publish} locked and checked the
 * versions. A shape within 1e-8° (about a millimetre) of the published one is the same shape.
 */
final class NamedAreas {

  private static final String RECORD =
      """
      INSERT INTO area_change (collection, code, changed_by, reason, plan_id,
                               before_version, after_version, before_shape, after_shape,
                               before_name, after_name, leader_id, illustrative)
      """;

  private static final String GRID_COLLECTION =
      "CASE %s WHEN 'micro' THEN 'micro-grids' ELSE 'comprehensive-grids' END";

  private final JdbcClient jdbc;
  private final long plan;
  private final String who;
  private final String reason;

  NamedAreas(JdbcClient jdbc, long plan, String who, String reason) {
    this.jdbc = jdbc;
    this.plan = plan;
    this.who = who;
    this.reason = reason;
  }

  /**
   * Removes the grids of a level (in the committee, or the town) that the import leaves out, a
   * comprehensive grid's micro-grids first, so that a revert, newest first, restores parents before
   * children.
   */
  void removeAbsentGrids(String level, Optional<String> committee) {
    String absent =
        "SELECT g.id FROM grid g JOIN committee c ON c.id = g.committee_id"
            + " WHERE g.level = :level AND (CAST(:committee AS text) IS NULL OR c.code = :committee)"
            + " AND NOT EXISTS (SELECT 1 FROM plan_import_feature f WHERE f.plan_id = :plan"
            + " AND f.code = g.code)";
    removeGrids("g.parent_id IN (" + absent + ")", level, committee);
    removeGrids("g.id IN (" + absent + ")", level, committee);
  }

  private void removeGrids(String which, String level, Optional<String> committee) {
    jdbc.sql(
            "WITH gone AS (DELETE FROM grid g WHERE "
                + which
                + " RETURNING g.code, g.level, g.version, g.name, g.boundary, g.leader_id,"
                + " g.illustrative) "
                + RECORD
                + " SELECT "
                + GRID_COLLECTION.formatted("gone.level")
                + ", gone.code, :who, :reason, :plan, gone.version, 0, gone.boundary, NULL,"
                + " gone.name, NULL, gone.leader_id, gone.illustrative FROM gone ORDER BY gone.code")
        .param("level", level)
        .param("committee", committee.orElse(null))
        .param("plan", plan)
        .param("who", who)
        .param("reason", reason)
        .update();
  }

  /** Gives the features of the import already published their new name and shape. */
  List<Published> changeExisting(String collection) {
    String table = collection.equals("committees") ? "committee" : "grid";
    String sql =
        """
        WITH before AS (
            SELECT t.id, t.version, t.name, t.boundary, f.name AS new_name,
                   CASE WHEN ST_HausdorffDistance(t.boundary, f.shape) < 1e-8 THEN t.boundary
                        ELSE ST_Multi(f.shape) END AS new_shape
              FROM %1$s t JOIN plan_import_feature f ON f.code = t.code
             WHERE f.plan_id = :plan AND f.base_version > 0
               AND (t.name <> f.name OR ST_HausdorffDistance(t.boundary, f.shape) >= 1e-8)
               FOR UPDATE OF t
        ), updated AS (
            UPDATE %1$s t SET name = b.new_name, boundary = b.new_shape FROM before b
             WHERE t.id = b.id
            RETURNING t.code, t.version, t.name, t.boundary,
                      b.version AS old_version, b.name AS old_name, b.boundary AS old_shape
        )
        """
                .formatted(table)
            + RECORD
            + " SELECT :collection, code, :who, :reason, :plan, old_version, version, old_shape,"
            + " boundary, old_name, name, NULL, NULL FROM updated ORDER BY code"
            + " RETURNING code, after_version";
    return published(jdbc.sql(sql).param("collection", collection), collection);
  }

  /** Adds the grids of the import that are new, each under its committee and parent. */
  List<Published> addGrids(String collection, String level) {
    String sql =
        """
        WITH added AS (
            INSERT INTO grid (committee_id, parent_id, level, seq, code, name, boundary)
            SELECT c.id, pg.id, :level, right(f.code, 2)::int, f.code, f.name, ST_Multi(f.shape)
              FROM plan_import_feature f JOIN committee c ON c.code = left(f.code, 12)
              LEFT JOIN grid pg ON :level = 'micro' AND pg.code = left(f.code, 14)
             WHERE f.plan_id = :plan AND f.base_version = 0
             ORDER BY f.code
            RETURNING code, version, name, boundary
        )
        """
            + added();
    return published(
        jdbc.sql(sql).param("collection", collection).param("level", level), collection);
  }

  /** Adds the committees of the import that are new, in the town. */
  List<Published> addCommittees() {
    String sql =
        """
        WITH added AS (
            INSERT INTO committee (town_id, code, kind, name, boundary)
            SELECT (SELECT min(id) FROM town), f.code, %s, f.name, ST_Multi(f.shape)
              FROM plan_import_feature f
             WHERE f.plan_id = :plan AND f.base_version = 0
             ORDER BY f.code
            RETURNING code, version, name, boundary
        )
        """
                .formatted(committeeKind("f.name"))
            + added();
    return published(jdbc.sql(sql).param("collection", "committees"), "committees");
  }

  /** A committee's kind as its name says: a village (村) or a residents' committee. */
  static String committeeKind(String name) {
    return "CASE WHEN " + name + " LIKE '%村%' THEN 'village' ELSE 'residents_committee' END";
  }

  private static String added() {
    return RECORD
        + " SELECT :collection, code, :who, :reason, :plan, 0, version, NULL, boundary, NULL, name,"
        + " NULL, NULL FROM added ORDER BY code RETURNING code, after_version";
  }

  private List<Published> published(JdbcClient.StatementSpec statement, String collection) {
    return statement
        .param("plan", plan)
        .param("who", who)
        .param("reason", reason)
        .query(
            (row, n) ->
                new Published(collection, row.getString("code"), row.getInt("after_version")))
        .list();
  }
}
