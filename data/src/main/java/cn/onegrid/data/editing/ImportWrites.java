package cn.onegrid.data.editing;

import cn.onegrid.data.editing.Plans.Published;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The writes of one import's publishing ({@link PlanImports#publish}), in its transaction, after
 * every base version was found current: grids and committees through {@link NamedAreas}, posts
 * through {@link PostStore}, each change a row of the history. A shape within 1e-8° (about a
 * millimetre) of the published one is the same shape: a file's round of rounding changes nothing
 * and leaves no history.
 */
final class ImportWrites {

  private static final String FEATURES = "plan_import_feature f WHERE f.plan_id = :plan";

  private final JdbcClient jdbc;
  private final NamedAreas named;
  private final PostStore posts;
  private final long plan;
  private final String who;
  private final String reason;

  ImportWrites(JdbcClient jdbc, PostStore posts, long plan, String who, String reason) {
    this.jdbc = jdbc;
    this.named = new NamedAreas(jdbc, plan, who, reason);
    this.posts = posts;
    this.plan = plan;
    this.who = who;
    this.reason = reason;
  }

  /**
   * Committees: the town made if there is none (the plan marked as having made it, so that its
   * revert takes it out again); each committee updated or added; none removed.
   */
  List<Published> committees() {
    jdbc.sql(
            """
            WITH made AS (
                INSERT INTO town (code, name, boundary)
                SELECT left(min(f.code), 9), i.town_name, ST_Multi(ST_Union(f.shape))
                  FROM plan_import i JOIN plan_import_feature f ON f.plan_id = i.plan_id
                 WHERE i.plan_id = :plan AND NOT EXISTS (SELECT 1 FROM town)
                 GROUP BY i.town_name
                RETURNING id
            )
            UPDATE plan_import SET made_town = true WHERE plan_id = :plan AND EXISTS (SELECT 1 FROM made)
            """)
        .param("plan", plan)
        .update();
    List<Published> written = new ArrayList<>(named.changeExisting("committees"));
    written.addAll(named.addCommittees());
    return written;
  }

  /**
   * Grids of one level: those of the scope absent from the import removed (a comprehensive grid's
   * micro-grids with it), each present one given its name and shape, new ones added under their
   * parent; each a row of the history.
   */
  List<Published> grids(String collection, Optional<String> committee) {
    String level = collection.equals("micro-grids") ? "micro" : "comprehensive";
    named.removeAbsentGrids(level, committee);
    List<Published> written = new ArrayList<>(named.changeExisting(collection));
    written.addAll(named.addGrids(collection, level));
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
    List<Published> created = created();
    written.addAll(created);
    Set<String> done = new HashSet<>();
    created.forEach(p -> done.add(p.code()));
    jdbc
        .sql(
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
        .stream()
        .filter(imported -> !done.contains(imported.code()))
        .forEach(imported -> imported(imported).ifPresent(written::add));
    return written;
  }

  /**
   * The imported posts whose code no post has, retired or not, added in one statement with their
   * rows of the history, as {@link PostStore#write} adds one (no leader, members or week: an import
   * gives none, so there is no roster to write). A city's posts one by one were thousands of
   * statements each; a code taken by a retired post, or of no committee, is left to that one-by-one
   * path and its refusal.
   */
  private List<Published> created() {
    return jdbc.sql(
            """
            WITH created AS (
                INSERT INTO duty_post (committee_id, code, name, location, duty_types)
                SELECT c.id, f.code, f.name, ST_SetSRID(ST_Point(ST_X(f.shape), ST_Y(f.shape)), 4326),
                       f.duty_types
                  FROM plan_import_feature f JOIN committee c ON c.code = left(f.code, 12)
                 WHERE f.plan_id = :plan
                   AND NOT EXISTS (SELECT 1 FROM duty_post d WHERE d.code = f.code)
                 ORDER BY f.code
                RETURNING *
            )
            INSERT INTO post_change (code, changed_by, reason, plan_id, reverts, before_version,
                                     after_version, after_name, after_location, after_duty_types,
                                     after_retired, after_leader, after_members, after_slots)
            SELECT code, :who, :reason, :plan, NULL, 0, version, name, location, duty_types,
                   retired_at IS NOT NULL, leader_id, '{}'::bigint[], '{}'::text[]
              FROM created ORDER BY code
            RETURNING code, after_version
            """)
        .param("plan", plan)
        .param("who", who)
        .param("reason", reason)
        .query(
            (row, n) ->
                new Published("duty-posts", row.getString("code"), row.getInt("after_version")))
        .list();
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
}
