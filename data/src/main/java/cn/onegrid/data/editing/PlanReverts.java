package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.editing.Plans.Published;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reverts a published plan as a whole, inside the caller's transaction: every change it published
 * (areas, grids and committees added, removed or renamed, posts) put back, newest first, each a
 * change of its own naming the one it reverts. Only if every feature is still as the plan left it;
 * one changed since and nothing is reverted ({@link PlanConflict}). A reverted plan is marked
 * {@code reverted} and is not reverted again; the town its import made goes too. Who may revert is
 * who may publish it: its author and those it is shared with, within their committees as they
 * stand.
 */
final class PlanReverts {

  private record Row(long id, String collection, String code, int version) {}

  private final JdbcClient jdbc;
  private final PlanAccess access;
  private final AreaReverts areas;
  private final PostHistory posts;

  PlanReverts(JdbcClient jdbc, PlanAccess access, AreaReverts areas, PostHistory posts) {
    this.jdbc = jdbc;
    this.access = access;
    this.areas = areas;
    this.posts = posts;
  }

  List<Published> revert(long plan, String who, String reason) {
    String state =
        jdbc.sql(
                "SELECT state FROM plan p WHERE id = :id AND " + PlanAccess.VISIBLE + " FOR UPDATE")
            .param("id", plan)
            .param("who", who)
            .query(String.class)
            .optional()
            .orElseThrow(() -> NotFound.of("editing.no-plan", plan));
    if (state.equals("reverted")) {
      throw new PlanStateConflict(
          "Plan " + plan + " is reverted already", "editing.plan-reverted", plan);
    }
    if (!state.equals("published")) {
      throw new PlanStateConflict(
          "Plan " + plan + " is " + state + ", not published",
          "editing.plan-not-published",
          plan,
          state);
    }
    List<Row> postRows =
        rows("SELECT id, 'duty-posts', code, after_version FROM post_change", plan);
    List<Row> areaRows = rows("SELECT id, collection, code, after_version FROM area_change", plan);
    List<String> committees = new ArrayList<>();
    postRows.forEach(r -> committees.add(r.code().substring(0, 12)));
    areaRows.forEach(r -> committees.add(r.code().substring(0, Math.min(12, r.code().length()))));
    access.requireScope(plan, who, committees, List.of()); // an import's: plan.imported
    List<Published> reverted = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (Row row : postRows) {
      try {
        reverted.add(published(row, posts.revert(row.id(), row.version(), who, reason)));
      } catch (StaleVersion e) {
        stale.add(e.getMessage());
      }
    }
    for (Row row : areaRows) {
      try {
        reverted.add(published(row, areas.revert(row.id(), row.version(), who, reason)));
      } catch (StaleVersion e) {
        stale.add(e.getMessage());
      }
    }
    if (!stale.isEmpty()) {
      throw PlanConflict.ofRevert(stale);
    }
    removeMadeTown(plan);
    jdbc.sql("UPDATE plan SET state = 'reverted' WHERE id = :id").param("id", plan).update();
    return reverted;
  }

  /**
   * The town the plan's import made, taken out again when no committee is left in it (its analysis
   * rows go with it); a town that has committees from elsewhere since stays.
   */
  private void removeMadeTown(long plan) {
    jdbc.sql(
            """
            DELETE FROM town t
             WHERE EXISTS (SELECT 1 FROM plan_import i WHERE i.plan_id = :plan AND i.made_town)
               AND NOT EXISTS (SELECT 1 FROM committee c WHERE c.town_id = t.id)
            """)
        .param("plan", plan)
        .update();
  }

  private static Published published(Row row, int version) {
    return new Published(row.collection(), row.code(), version);
  }

  /** The plan's changes, newest first: the order that undoes them. */
  private List<Row> rows(String select, long plan) {
    return jdbc.sql(select + " WHERE plan_id = :plan ORDER BY id DESC")
        .param("plan", plan)
        .query((r, n) -> new Row(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4)))
        .list();
  }
}
