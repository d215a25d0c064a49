package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draft plans: named sets of area and post changes nobody else sees until they are published. A
 * plan is its author's and the planners' it is shared with ({@link PlanAccess}); to anyone else it
 * does not exist. Publishing applies every change in one transaction, each only if its feature is
 * still at the version the planner drew on and inside the publisher's committees as they stand
 * then; one stale or foreign change and nothing is published.
 *
 * <p>A plan's life has two steps worth recording: {@link #create} and {@link #close} (published or
 * discarded). An audit record of either belongs there.
 */
public class Plans {

  private final JdbcClient jdbc;
  private final AreaEditor editor;
  private final AreaStore store;
  private final TransactionTemplate transaction;
  private final PlanAccess access;
  private final PlanPosts posts;
  private final PlanImports imports;
  private final PlanReverts reverts;

  public Plans(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      AreaEditor editor,
      AreaStore store,
      PostStore postStore,
      DutyTypes duties) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.editor = editor;
    this.store = store;
    this.access = new PlanAccess(jdbc);
    this.posts = new PlanPosts(jdbc, postStore, duties);
    this.imports = new PlanImports(jdbc, postStore);
    this.reverts =
        new PlanReverts(
            jdbc,
            access,
            new AreaReverts(jdbc, store),
            new PostHistory(jdbc, transaction, postStore));
  }

  /**
   * A new draft plan, {@code who}'s, holding an import: one collection's features for the whole
   * town or one committee ({@link PlanImports}); its id.
   *
   * @param features each feature's code, name, duty types (posts), the version of the published
   *     feature it replaces (0: new) and its shape in degrees
   */
  public long createImport(
      String name,
      String who,
      String collection,
      Optional<String> committee,
      Optional<String> townName,
      List<ImportedChange> features) {
    return transaction.execute(
        status -> {
          long plan = createImported(name, who);
          imports.stage(
              plan,
              collection,
              committee,
              townName,
              features.stream()
                  .map(
                      f ->
                          new PlanImports.Staged(
                              f.code(), f.name(), f.dutyTypes(), f.baseVersion(), f.shape()))
                  .toList());
          return plan;
        });
  }

  /** The import a plan holds, if any: its collection, committee and number of features. */
  public Optional<ImportSummary> importOf(long plan, String who) {
    get(plan, who); // 404 unless visible
    return imports.summary(plan);
  }

  /** A new empty draft plan, {@code who}'s; its id. */
  public long create(String name, String who) {
    return create(name, who, false);
  }

  /**
   * A new empty draft plan, {@code who}'s, for what a file brings (rosters): published as an import
   * is, so administrators may publish the ones they make ({@code Role.mayPublishImport}).
   */
  public long createImported(String name, String who) {
    return create(name, who, true);
  }

  private long create(String name, String who, boolean imported) {
    return jdbc.sql(
            "INSERT INTO plan (name, created_by, imported) VALUES (:name, :who, :imported)"
                + " RETURNING id")
        .param("name", name)
        .param("who", who)
        .param("imported", imported)
        .query(Long.class)
        .single();
  }

  /** The plan if {@code who} wrote it or it is shared with them; otherwise there is none. */
  public Plan get(long id, String who) {
    Plan plan =
        jdbc.sql(
                "SELECT id, name, state, created_by, created_at, imported FROM plan p"
                    + " WHERE id = :id AND "
                    + PlanAccess.VISIBLE)
            .param("id", id)
            .param("who", who)
            .query(
                (row, n) ->
                    new Plan(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("state"),
                        row.getString("created_by"),
                        row.getObject("created_at", OffsetDateTime.class),
                        List.of(),
                        List.of(),
                        List.of(),
                        row.getBoolean("imported")))
            .optional()
            .orElseThrow(() -> NotFound.of("editing.no-plan", id));
    return plan.with(changes(id), posts.all(id), sharedWith(id));
  }

  /** The drafts {@code who} wrote or was given a share of, newest first. */
  public List<Plan> drafts(String who) {
    return jdbc
        .sql(
            "SELECT id FROM plan p WHERE state = 'draft' AND "
                + PlanAccess.VISIBLE
                + " ORDER BY id DESC")
        .param("who", who)
        .query(Long.class)
        .list()
        .stream()
        .map(id -> get(id, who))
        .toList();
  }

  /**
   * The published plans {@code who} wrote or was given a share of, the reverted ones too, the last
   * published first, at most {@code limit}: what may be reverted as a whole ({@link #revert}).
   */
  public List<PublishedPlan> published(String who, int limit) {
    return jdbc.sql(
            "SELECT id, name, state, created_by, closed_at, imported FROM plan p"
                + " WHERE state IN ('published', 'reverted') AND "
                + PlanAccess.VISIBLE
                + " ORDER BY closed_at DESC, id DESC LIMIT :limit")
        .param("who", who)
        .param("limit", limit)
        .query(
            (row, n) ->
                new PublishedPlan(
                    row.getLong("id"),
                    row.getString("name"),
                    row.getString("state"),
                    row.getString("created_by"),
                    row.getObject("closed_at", OffsetDateTime.class),
                    row.getBoolean("imported")))
        .list();
  }

  /** Whether {@code who} may change the plan: 404 unless it is theirs, 409 once it is closed. */
  public void requireDraft(long plan, String who) {
    transaction.executeWithoutResult(status -> access.draft(plan, who));
  }

  /** Lets another planner see and change the author's draft (its author only; 404 for others). */
  public void share(long plan, String author, String username) {
    transaction.executeWithoutResult(
        status -> {
          access.authorOf(plan, author);
          access.requirePlanner(username);
          if (!username.equals(author)) {
            jdbc.sql(
                    "INSERT INTO plan_share (plan_id, username) VALUES (:plan, :u)"
                        + " ON CONFLICT DO NOTHING")
                .param("plan", plan)
                .param("u", username)
                .update();
          }
        });
  }

  /** Takes a share back (its author only). */
  public void unshare(long plan, String author, String username) {
    transaction.executeWithoutResult(
        status -> {
          access.authorOf(plan, author);
          jdbc.sql("DELETE FROM plan_share WHERE plan_id = :plan AND username = :u")
              .param("plan", plan)
              .param("u", username)
              .update();
        });
  }

  /**
   * Puts the cleaned drawing into the plan for the feature, replacing what the plan had for it.
   *
   * @param baseVersion the feature's version the planner drew on
   */
  public CleanedArea stage(
      long plan, String who, Editable target, String code, int baseVersion, Geometry drawn) {
    requireDraft(plan, who); // before the work of cleaning
    CleanedArea cleaned = editor.clean(target, code, drawn);
    transaction.executeWithoutResult(
        status -> {
          access.draft(plan, who);
          jdbc.sql(
                  """
                  INSERT INTO plan_change (plan_id, collection, code, base_version, shape)
                  VALUES (:plan, :collection, :code, :base, ST_Multi(ST_GeomFromWKB(:shape, 4326)))
                  ON CONFLICT (plan_id, collection, code) DO UPDATE
                     SET base_version = EXCLUDED.base_version, shape = EXCLUDED.shape, updated_at = now()
                  """)
              .param("plan", plan)
              .param("collection", target.collection())
              .param("code", code)
              .param("base", baseVersion)
              .param(
                  "shape", cleaned.shape() == null ? null : new WKBWriter().write(cleaned.shape()))
              .update();
        });
    return cleaned;
  }

  /** Takes the feature out of the plan. */
  public void unstage(long plan, String who, Editable target, String code) {
    transaction.executeWithoutResult(
        status -> {
          access.draft(plan, who);
          jdbc.sql(
                  "DELETE FROM plan_change WHERE plan_id = :plan AND collection = :collection"
                      + " AND code = :code")
              .param("plan", plan)
              .param("collection", target.collection())
              .param("code", code)
              .update();
        });
  }

  /**
   * Puts a new post into the plan, in the committee at its location, with the committee's next free
   * code.
   *
   * @throws InvalidEdit when it lies outside every committee, or its name or duties are wrong
   */
  public PostChange createPost(long plan, String who, PostState state) {
    return transaction.execute(
        status -> {
          access.draft(plan, who);
          return posts.create(plan, state);
        });
  }

  /** The post as the plan has it (or as published, when the plan leaves it alone). */
  public PostChange post(long plan, String who, String code) {
    return transaction.execute(
        status -> {
          access.draft(plan, who);
          return posts.current(plan, code);
        });
  }

  /**
   * Puts a post's new state into the plan, replacing what the plan had for it.
   *
   * @param baseVersion the post's version the planner changed (0 for a post new in this plan)
   * @throws InvalidEdit when the location leaves its committee, or a name or duty is wrong
   */
  public PostChange stagePost(
      long plan, String who, String code, int baseVersion, PostState state) {
    return transaction.execute(
        status -> {
          access.draft(plan, who);
          PostChange now = posts.current(plan, code);
          if (now.baseVersion() != baseVersion) {
            throw new StaleVersion("duty-posts " + code, baseVersion, now.baseVersion());
          }
          PostChange change = new PostChange(code, now.committee(), baseVersion, state);
          posts.put(plan, change);
          return change;
        });
  }

  /** Takes the post out of the plan (a new post is gone with it). */
  public void unstagePost(long plan, String who, String code) {
    transaction.executeWithoutResult(
        status -> {
          access.draft(plan, who);
          posts.remove(plan, code);
        });
  }

  /** Drops a draft; its changes are kept with it, never applied. */
  public void discard(long plan, String who) {
    transaction.executeWithoutResult(
        status -> {
          access.draft(plan, who);
          close(plan, "discarded", who);
        });
  }

  /**
   * Applies every change of the draft, all or nothing.
   *
   * @return the published features with their new versions
   * @throws PlanConflict when any feature changed since it was drawn on (nothing is applied)
   * @throws PlanNotAllowed when a change lies outside the publisher's committees (nothing either)
   */
  public List<Published> publish(long plan, String who, String reason) {
    return transaction.execute(
        status -> {
          access.draft(plan, who);
          List<PlanChange> changes = changes(plan);
          List<PostChange> postChanges = posts.all(plan);
          boolean imported = imports.summary(plan).isPresent();
          if (changes.isEmpty() && postChanges.isEmpty() && !imported) {
            throw new PlanStateConflict(
                "Plan " + plan + " has no changes to publish", "editing.plan-empty", plan);
          }
          List<String> committees = new ArrayList<>();
          changes.forEach(c -> committees.add(editor.find(c.target(), c.code()).committeeCode()));
          postChanges.forEach(c -> committees.add(c.committee()));
          access.requireScope(
              plan, who, committees, imported ? imports.committees(plan) : List.of());
          List<Published> published = new ArrayList<>();
          List<String> stale = new ArrayList<>();
          for (PlanChange change : changes) {
            try {
              int version =
                  store.replace(
                      change.target(),
                      change.code(),
                      change.baseVersion(),
                      change.shape(),
                      who,
                      reason,
                      plan,
                      null);
              published.add(new Published(change.target().collection(), change.code(), version));
            } catch (StaleVersion e) {
              stale.add(e.getMessage());
            }
          }
          published.addAll(posts.publish(plan, who, reason, stale));
          if (imported && stale.isEmpty()) {
            published.addAll(imports.publish(plan, who, reason, stale));
          }
          if (!stale.isEmpty()) {
            throw new PlanConflict(stale);
          }
          close(plan, "published", who);
          return published;
        });
  }

  /**
   * Reverts a published plan: every change it made put back, newest first, all or nothing.
   *
   * @return the features reverted and their new versions (0: removed)
   * @throws PlanConflict when any of them changed since (nothing is reverted)
   * @throws PlanStateConflict when the plan is not published
   */
  public List<Published> revert(long plan, String who, String reason) {
    return transaction.execute(status -> reverts.revert(plan, who, reason));
  }

  private List<PlanChange> changes(long plan) {
    return jdbc.sql(
            "SELECT collection, code, base_version, ST_AsBinary(shape) AS shape FROM plan_change"
                + " WHERE plan_id = :plan ORDER BY collection, code")
        .param("plan", plan)
        .query(
            (row, n) ->
                new PlanChange(
                    Editable.of(row.getString("collection")),
                    row.getString("code"),
                    row.getInt("base_version"),
                    AreaStore.geometry(row.getBytes("shape"))))
        .list();
  }

  private List<String> sharedWith(long plan) {
    return jdbc.sql("SELECT username FROM plan_share WHERE plan_id = :plan ORDER BY username")
        .param("plan", plan)
        .query(String.class)
        .list();
  }

  /** Publishes or discards: the one place a plan's end is written. */
  private void close(long plan, String state, String who) {
    jdbc.sql("UPDATE plan SET state = :state, closed_by = :who, closed_at = now() WHERE id = :id")
        .param("state", state)
        .param("who", who)
        .param("id", plan)
        .update();
  }

  /**
   * A plan, its changes and who else it is shared with.
   *
   * @param createdBy its author's username
   * @param imported made from a file (a layer or rosters): published as an import is
   */
  public record Plan(
      long id,
      String name,
      String state,
      String createdBy,
      OffsetDateTime createdAt,
      List<PlanChange> changes,
      List<PostChange> posts,
      List<String> sharedWith,
      boolean imported) {
    Plan with(List<PlanChange> list, List<PostChange> postList, List<String> shares) {
      return new Plan(id, name, state, createdBy, createdAt, list, postList, shares, imported);
    }
  }

  /**
   * A published plan in a list: {@code state} is {@code published} or {@code reverted}.
   *
   * @param publishedAt when it was published (a revert leaves it)
   */
  public record PublishedPlan(
      long id,
      String name,
      String state,
      String createdBy,
      OffsetDateTime publishedAt,
      boolean imported) {}

  /** An import in a plan: its collection, its committee (empty: the whole town), its size. */
  public record ImportSummary(String collection, Optional<String> committee, int features) {}

  /** One feature of an import: its version when imported (0: new) and its shape in degrees. */
  public record ImportedChange(
      String code, String name, List<String> dutyTypes, int baseVersion, Geometry shape) {}

  /** One feature's proposed area (degrees; null: none) and the version it was drawn on. */
  public record PlanChange(Editable target, String code, int baseVersion, Geometry shape) {}

  /**
   * A feature a publish changed (an area of its collection, or a duty-posts post), and its new
   * version.
   */
  public record Published(String collection, String code, int version) {}
}
