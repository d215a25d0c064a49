package cn.onegrid.data.editing;

import cn.onegrid.data.editing.Plans.Published;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The writes of one import's publishing ({@link PlanImports#publish}), in its transaction, after
 * every base version was found current. A shape within 1e-8° (about a millimetre) of the published
 * one is the same shape: a file's round of rounding changes nothing and leaves no history.
 */
final class ImportWrites {

  private static final String FEATURES = "plan_import_feature f WHERE f.plan_id = :plan";

  private final JdbcClient jdbc;
  private final AreaStore areas;
  private final PostStore posts;
  private final long plan;
  private final String who;
  private final String reason;

  ImportWrites(
      JdbcClient jdbc, AreaStore areas, PostStore posts, long plan, String who, String reason) {
    this.jdbc = jdbc;
    this.areas = areas;
    this.posts = posts;
    this.plan = plan;
    this.who = who;
    this.reason = reason;
  }

  /** Committees: the town made if there is none; each committee updated or added; none removed. */
  List<Published> committees() {
    jdbc.sql(
            """
            INSERT INTO town (code, name, boundary)
            SELECT left(min(f.code), 9), i.town_name, ST_Multi(ST_Union(f.shape))
              FROM plan_import i JOIN plan_import_feature f ON f.plan_id = i.plan_id
             WHERE i.plan_id = :plan AND NOT EXISTS (SELECT 1 FROM town)
             GROUP BY i.town_name
            """)
        .param("plan", plan)
        .update();
    List<Published> written = new ArrayList<>();
    written.addAll(
        written(
            """
            UPDATE committee c SET name = f.name, boundary = ST_Multi(f.shape)
              FROM plan_import_feature f
             WHERE f.plan_id = :plan AND c.code = f.code
               AND (c.name <> f.name OR ST_HausdorffDistance(c.boundary, f.shape) >= 1e-8)
            RETURNING c.code, c.version
            """,
            "committees"));
    written.addAll(
        written(
            """
            INSERT INTO committee (town_id, code, kind, name, boundary)
            SELECT (SELECT min(id) FROM town), f.code,
                   CASE WHEN f.name LIKE '%村%' THEN 'village' ELSE 'residents_committee' END,
                   f.name, ST_Multi(f.shape)
              FROM plan_import_feature f
             WHERE f.plan_id = :plan AND f.base_version = 0
            RETURNING code, version
            """,
            "committees"));
    return written;
  }

  /**
   * Grids of one level: those of the scope absent from the import removed (a comprehensive grid's
   * micro-grids with it), each present one's shape replaced through the history, names set, new
   * ones added under their parent.
   */
  List<Published> grids(String collection, Optional<String> committee) {
    String level = collection.equals("micro-grids") ? "micro" : "comprehensive";
    String absent =
        "SELECT g.id FROM grid g JOIN committee c ON c.id = g.committee_id"
            + " WHERE g.level = :level AND (CAST(:committee AS text) IS NULL OR c.code = :committee)"
            + " AND NOT EXISTS (SELECT 1 FROM plan_import_feature f WHERE f.plan_id = :plan"
            + " AND f.code = g.code)";
    jdbc.sql("DELETE FROM grid WHERE parent_id IN (" + absent + ")")
        .param("level", level)
        .param("committee", committee.orElse(null))
        .param("plan", plan)
        .update();
    jdbc.sql("DELETE FROM grid WHERE id IN (" + absent + ")")
        .param("level", level)
        .param("committee", committee.orElse(null))
        .param("plan", plan)
        .update();
    Editable target = Editable.of(collection);
    List<Published> written = new ArrayList<>();
    jdbc.sql(
            "SELECT f.code, f.base_version, ST_AsBinary(f.shape) AS shape FROM "
                + FEATURES
                + " AND f.base_version > 0 AND NOT EXISTS (SELECT 1 FROM grid g WHERE g.code = f.code"
                + " AND ST_HausdorffDistance(g.boundary, f.shape) < 1e-8) ORDER BY f.code")
        .param("plan", plan)
        .query(
            (row, n) ->
                new Plans.PlanChange(
                    target,
                    row.getString("code"),
                    row.getInt("base_version"),
                    AreaStore.geometry(row.getBytes("shape"))))
        .list()
        .forEach(
            c ->
                written.add(
                    new Published(
                        collection,
                        c.code(),
                        areas.replace(
                            target,
                            c.code(),
                            c.baseVersion(),
                            c.shape(),
                            who,
                            reason,
                            plan,
                            null))));
    jdbc.sql(
            "UPDATE grid g SET name = f.name FROM "
                + FEATURES
                + " AND g.code = f.code AND g.name <> f.name")
        .param("plan", plan)
        .update();
    written.addAll(
        written(
            """
            INSERT INTO grid (committee_id, parent_id, level, seq, code, name, boundary)
            SELECT c.id, pg.id, :level, right(f.code, 2)::int, f.code, f.name, ST_Multi(f.shape)
              FROM plan_import_feature f JOIN committee c ON c.code = left(f.code, 12)
              LEFT JOIN grid pg ON :level = 'micro' AND pg.code = left(f.code, 14)
             WHERE f.plan_id = :plan AND f.base_version = 0
             ORDER BY f.code
            RETURNING code, version
            """,
            collection,
            level));
    return written;
  }

  /**
   * Posts: those of the scope absent from the import retired; each present one given its name,
   * place and duties (its people and week kept); new ones added. Each through {@link PostStore}, so
   * each is a row of the posts' history and reverts like a planner's change.
   */
  List<Published> posts(Optional<String> committee) {
    List<Published> written = new ArrayList<>();
    jdbc.sql(
            """
            SELECT d.code FROM duty_post d JOIN committee c ON c.id = d.committee_id
             WHERE d.retired_at IS NULL
               AND (CAST(:committee AS text) IS NULL OR c.code = :committee)
               AND NOT EXISTS (SELECT 1 FROM plan_import_feature f
                                WHERE f.plan_id = :plan AND f.code = d.code)
             ORDER BY d.code
            """)
        .param("committee", committee.orElse(null))
        .param("plan", plan)
        .query(String.class)
        .list()
        .forEach(
            code -> {
              StoredPost post = posts.get(code);
              written.add(write(post, post.state().retire(true)));
            });
    jdbc.sql(
            "SELECT f.code, f.name, ST_X(f.shape) AS x, ST_Y(f.shape) AS y, f.duty_types FROM "
                + FEATURES
                + " ORDER BY f.code")
        .param("plan", plan)
        .query(
            (row, n) ->
                new ImportedPost(
                    row.getString("code"),
                    row.getString("name"),
                    PostStore.point(row.getDouble("x"), row.getDouble("y")),
                    PostStore.strings(row.getArray("duty_types"))))
        .list()
        .forEach(imported -> imported(imported).ifPresent(written::add));
    return written;
  }

  private record ImportedPost(String code, String name, Point location, List<String> duties) {}

  /** One imported post written: new, or changed (none when it is as published). */
  private Optional<Published> imported(ImportedPost imported) {
    Optional<StoredPost> live = posts.find(imported.code()).filter(p -> !p.state().retired());
    if (live.isEmpty()) {
      PostState state =
          new PostState(imported.name(), imported.location(), imported.duties(), false);
      return Optional.of(
          new Published(
              "duty-posts",
              imported.code(),
              posts.write(
                  imported.code(),
                  imported.code().substring(0, 12),
                  0,
                  state,
                  who,
                  reason,
                  plan,
                  null)));
    }
    StoredPost post = live.get();
    PostState before = post.state();
    boolean same =
        before.name().equals(imported.name())
            && before.location().distance(imported.location()) < 1e-8
            && before.dutyTypes().equals(imported.duties());
    return same
        ? Optional.empty()
        : Optional.of(
            write(
                post,
                before.withBasics(imported.name(), imported.location(), imported.duties(), false)));
  }

  private Published write(StoredPost post, PostState state) {
    return new Published(
        "duty-posts",
        post.code(),
        posts.write(
            post.code(), post.committeeCode(), post.version(), state, who, reason, plan, null));
  }

  private List<Published> written(String sql, String collection) {
    return written(sql, collection, null);
  }

  private List<Published> written(String sql, String collection, String level) {
    JdbcClient.StatementSpec statement = jdbc.sql(sql).param("plan", plan);
    if (level != null) {
      statement = statement.param("level", level);
    }
    return statement
        .query((row, n) -> new Published(collection, row.getString("code"), row.getInt("version")))
        .list();
  }
}
