package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.Role;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose a plan is: its author's and the planners it is shared with. Everyone else is told there is
 * no such plan. Each check runs inside the caller's transaction and locks what it decided on.
 */
final class PlanAccess {

  /** SQL: plan {@code p} is visible to {@code :who}. */
  static final String VISIBLE =
      "(p.created_by = :who OR EXISTS (SELECT 1 FROM plan_share s"
          + " WHERE s.plan_id = p.id AND s.username = :who))";

  private final JdbcClient jdbc;

  PlanAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the draft for a change by {@code who}; 404 unless theirs, 409 once closed. */
  Draft draft(long plan, String who) {
    Draft draft =
        jdbc.sql(
                "SELECT state, created_by FROM plan p WHERE id = :id AND "
                    + VISIBLE
                    + " FOR UPDATE OF p")
            .param("id", plan)
            .param("who", who)
            .query((row, n) -> new Draft(row.getString("state"), row.getString("created_by")))
            .optional()
            .orElseThrow(() -> NotFound.of("editing.no-plan", plan));
    if (!draft.state().equals("draft")) {
      throw new PlanStateConflict(
          "Plan " + plan + " is " + draft.state() + ", no longer a draft",
          "editing.plan-closed",
          plan,
          draft.state());
    }
    return draft;
  }

  /** As {@link #draft}, and only its author may go on (sharing is the author's to decide). */
  void authorOf(long plan, String who) {
    if (!draft(plan, who).author().equals(who)) {
      throw new PlanNotAllowed(
          PlanNotAllowed.Kind.NOT_THE_AUTHOR,
          who + " is not the author of plan " + plan,
          "editing.plan-author-only",
          plan);
    }
  }

  /** The account may be given a share: an enabled planner. */
  void requirePlanner(String username) {
    boolean planner =
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM account WHERE username = :u AND role = 'planner')")
            .param("u", username)
            .query(Boolean.class)
            .single();
    if (!planner) {
      throw new PlanNotAllowed(
          PlanNotAllowed.Kind.NOT_A_PLANNER,
          "No planner " + username + " to share with",
          "editing.share-not-planner",
          username);
    }
  }

  /**
   * The publisher may change every committee the changes touch, as their account stands now (an
   * administrator may have narrowed it since they staged): the account row is locked until the
   * publish commits, so a change of scope waits for it. The rule is {@link Role#mayEdit}, as for
   * every request, for an enabled account; for what an import replaces, and every change of a plan
   * made from a file ({@code plan.imported}: rosters too), {@link Role#mayPublishImport}
   * (administrators own the import plans they make).
   *
   * @param committees the committee of each change
   * @param imported the committees an import in the plan replaces
   */
  void requireScope(long plan, String who, List<String> committees, List<String> imported) {
    Scope scope =
        jdbc.sql(
                """
                SELECT a.role,
                       coalesce((SELECT array_agg(committee_code ORDER BY committee_code)
                                   FROM account_committee c WHERE c.account_id = a.id), '{}')
                       AS codes
                  FROM account a
                 WHERE username = :who AND enabled
                   FOR SHARE OF a
                """)
            .param("who", who)
            .query(
                (row, n) ->
                    new Scope(
                        Role.of(row.getString("role")),
                        Arrays.asList((String[]) row.getArray("codes").getArray())))
            .optional()
            .orElse(null);
    boolean fromFile =
        jdbc.sql("SELECT imported FROM plan WHERE id = :plan")
            .param("plan", plan)
            .query(Boolean.class)
            .single();
    for (String committee : committees) {
      if (scope == null
          || !(fromFile
              ? scope.role().mayPublishImport(scope.committees(), committee)
              : scope.covers(committee))) {
        throw outOfScope(plan, who, committee, scope);
      }
    }
    for (String committee : imported) {
      if (scope == null || !scope.role().mayPublishImport(scope.committees(), committee)) {
        throw outOfScope(plan, who, committee, scope);
      }
    }
  }

  private static PlanNotAllowed outOfScope(long plan, String who, String committee, Scope scope) {
    return new PlanNotAllowed(
        PlanNotAllowed.Kind.OUT_OF_SCOPE,
        who + " may not publish plan " + plan + ": it changes committee " + committee,
        "editing.not-your-committee",
        who,
        committee,
        scope == null ? "" : String.join(", ", scope.committees()));
  }

  record Draft(String state, String author) {}

  /** An account's role and committees as they stand. */
  private record Scope(Role role, List<String> committees) {
    boolean covers(String committee) {
      return role.mayEdit(committees, committee);
    }
  }
}
