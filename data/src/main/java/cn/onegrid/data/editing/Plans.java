package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draft plans: named sets of area changes nobody else sees until they are published. Publishing
 * applies every change in one transaction, each only if its feature is still at the version the
 * planner drew on; one stale change and nothing is published.
 */
public class Plans {

  private final JdbcClient jdbc;
  private final AreaEditor editor;
  private final AreaStore store;
  private final TransactionTemplate transaction;

  public Plans(
      JdbcClient jdbc, TransactionTemplate transaction, AreaEditor editor, AreaStore store) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.editor = editor;
    this.store = store;
  }

  /** A new empty draft plan; its id. */
  public long create(String name, String who) {
    return jdbc.sql("INSERT INTO plan (name, created_by) VALUES (:name, :who) RETURNING id")
        .param("name", name)
        .param("who", who)
        .query(Long.class)
        .single();
  }

  public Plan get(long id) {
    Plan plan =
        jdbc.sql(
                "SELECT id, name, state, created_by, created_at, closed_by, closed_at"
                    + " FROM plan WHERE id = :id")
            .param("id", id)
            .query(
                (row, n) ->
                    new Plan(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("state"),
                        row.getString("created_by"),
                        row.getObject("created_at", OffsetDateTime.class),
                        List.of()))
            .optional()
            .orElseThrow(() -> NotFound.of("editing.no-plan", id));
    return plan.withChanges(changes(id));
  }

  /** Plans still in draft, newest first. */
  public List<Plan> drafts() {
    return jdbc
        .sql("SELECT id FROM plan WHERE state = 'draft' ORDER BY id DESC")
        .query(Long.class)
        .list()
        .stream()
        .map(this::get)
        .toList();
  }

  /**
   * Puts the cleaned drawing into the plan for the feature, replacing what the plan had for it.
   *
   * @param baseVersion the feature's version the planner drew on
   */
  public CleanedArea stage(
      long plan, Editable target, String code, int baseVersion, Geometry drawn) {
    CleanedArea cleaned = editor.clean(target, code, drawn);
    transaction.executeWithoutResult(
        status -> {
          requireDraft(plan);
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
  public void unstage(long plan, Editable target, String code) {
    transaction.executeWithoutResult(
        status -> {
          requireDraft(plan);
          jdbc.sql(
                  "DELETE FROM plan_change WHERE plan_id = :plan AND collection = :collection"
                      + " AND code = :code")
              .param("plan", plan)
              .param("collection", target.collection())
              .param("code", code)
              .update();
        });
  }

  /** Drops a draft; its changes are kept with it, never applied. */
  public void discard(long plan, String who) {
    transaction.executeWithoutResult(
        status -> {
          requireDraft(plan);
          close(plan, "discarded", who);
        });
  }

  /**
   * Applies every change of the draft, all or nothing.
   *
   * @return the published features with their new versions
   * @throws PlanConflict when any feature changed since it was drawn on (nothing is applied)
   */
  public List<Published> publish(long plan, String who, String reason) {
    return transaction.execute(
        status -> {
          requireDraft(plan);
          List<PlanChange> changes = changes(plan);
          if (changes.isEmpty()) {
            throw new PlanStateConflict(
                "Plan " + plan + " has no changes to publish", "editing.plan-empty", plan);
          }
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
              published.add(new Published(change.target(), change.code(), version));
            } catch (StaleVersion e) {
              stale.add(e.getMessage());
            }
          }
          if (!stale.isEmpty()) {
            throw new PlanConflict(stale);
          }
          close(plan, "published", who);
          return published;
        });
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

  private void requireDraft(long plan) {
    String state =
        jdbc.sql("SELECT state FROM plan WHERE id = :id FOR UPDATE")
            .param("id", plan)
            .query(String.class)
            .optional()
            .orElseThrow(() -> NotFound.of("editing.no-plan", plan));
    if (!state.equals("draft")) {
      throw new PlanStateConflict(
          "Plan " + plan + " is " + state + ", no longer a draft",
          "editing.plan-closed",
          plan,
          state);
    }
  }

  private void close(long plan, String state, String who) {
    jdbc.sql("UPDATE plan SET state = :state, closed_by = :who, closed_at = now() WHERE id = :id")
        .param("state", state)
        .param("who", who)
        .param("id", plan)
        .update();
  }

  /** A plan and its changes. */
  public record Plan(
      long id,
      String name,
      String state,
      String createdBy,
      OffsetDateTime createdAt,
      List<PlanChange> changes) {
    Plan withChanges(List<PlanChange> list) {
      return new Plan(id, name, state, createdBy, createdAt, list);
    }
  }

  /** One feature's proposed area (degrees; null: none) and the version it was drawn on. */
  public record PlanChange(Editable target, String code, int baseVersion, Geometry shape) {}

  /** A feature a publish changed, and its new version. */
  public record Published(Editable target, String code, int version) {}
}
