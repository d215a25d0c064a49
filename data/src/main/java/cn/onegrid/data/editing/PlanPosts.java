package cn.onegrid.data.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The post changes of draft plans (plan_post_change): each post's whole proposed state and the
 * version it was proposed on (0 for a new post). Runs in {@link Plans}' transactions.
 */
final class PlanPosts {

  private final JdbcClient jdbc;
  private final PostStore store;
  private final PostChecks checks;

  PlanPosts(JdbcClient jdbc, PostStore store, DutyTypes duties) {
    this.jdbc = jdbc;
    this.store = store;
    this.checks = new PostChecks(store, duties);
  }

  /** A new post at the state's location: its committee is the one there, its code the next free. */
  PostChange create(long plan, PostState state) {
    String committee =
        store
            .committeeAt(state.location().getCoordinate())
            .orElseThrow(
                () ->
                    new InvalidEdit(
                        InvalidEdit.Kind.OUTSIDE_COMMITTEE,
                        "A new post at "
                            + state.location().getX()
                            + ", "
                            + state.location().getY()
                            + " lies outside every committee of the town",
                        "editing.post-outside-town",
                        state.location().getX(),
                        state.location().getY()));
    String code =
        store
            .freeCode(committee, plan)
            .orElseThrow(
                () ->
                    new InvalidEdit(
                        InvalidEdit.Kind.NOT_IN_COMMITTEE,
                        "Committee " + committee + " has 99 posts already",
                        "editing.post-codes-used",
                        committee));
    PostChange change = new PostChange(code, committee, 0, state);
    put(plan, change);
    return change;
  }

  /** The post as the plan has it, or as stored when the plan leaves it alone. */
  PostChange current(long plan, String code) {
    return of(plan, code)
        .orElseGet(
            () -> {
              StoredPost post = store.get(code);
              return new PostChange(code, post.committeeCode(), post.version(), post.state());
            });
  }

  /** Stores the change (checked), replacing what the plan had for that post. */
  void put(long plan, PostChange change) {
    checks.check(change.code(), change.committee(), change.state());
    PostState s = change.state();
    jdbc.sql(
            """
            INSERT INTO plan_post_change (plan_id, code, committee, base_version, name, location,
                                          duty_types, retired, leader_id, members, slots)
            VALUES (:plan, :code, :committee, :base, :name, ST_SetSRID(ST_Point(:x, :y), 4326),
                    :duties::text[], :retired, :leader, :members::bigint[], :slots::text[])
            ON CONFLICT (plan_id, code) DO UPDATE
               SET base_version = EXCLUDED.base_version, name = EXCLUDED.name,
                   location = EXCLUDED.location, duty_types = EXCLUDED.duty_types,
                   retired = EXCLUDED.retired, leader_id = EXCLUDED.leader_id,
                   members = EXCLUDED.members, slots = EXCLUDED.slots, updated_at = now()
            """)
        .param("plan", plan)
        .param("code", change.code())
        .param("committee", change.committee())
        .param("base", change.baseVersion())
        .param("name", s.name().strip())
        .param("x", s.location().getX())
        .param("y", s.location().getY())
        .param("duties", s.dutyTypes().toArray(String[]::new))
        .param("retired", s.retired())
        .param("leader", s.leader())
        .param("members", s.members().toArray(Long[]::new))
        .param("slots", PostSlot.encoded(s.slots()))
        .update();
  }

  void remove(long plan, String code) {
    jdbc.sql("DELETE FROM plan_post_change WHERE plan_id = :plan AND code = :code")
        .param("plan", plan)
        .param("code", code)
        .update();
  }

  List<PostChange> all(long plan) {
    return select(plan, null);
  }

  Optional<PostChange> of(long plan, String code) {
    return select(plan, code).stream().findFirst();
  }

  /**
   * Writes every change; the stale ones are added to {@code stale} (the caller rolls back).
   *
   * @return the posts written with their new versions
   */
  List<Plans.Published> publish(long plan, String who, String reason, List<String> stale) {
    List<Plans.Published> published = new ArrayList<>();
    for (PostChange change : all(plan)) {
      try {
        int version =
            store.write(
                change.code(),
                change.committee(),
                change.baseVersion(),
                change.state(),
                who,
                reason,
                plan,
                null);
        published.add(new Plans.Published("duty-posts", change.code(), version));
      } catch (StaleVersion e) {
        stale.add(e.getMessage());
      }
    }
    return published;
  }

  private List<PostChange> select(long plan, String code) {
    return jdbc.sql(
            "SELECT code, committee, base_version, name, ST_X(location) AS x, ST_Y(location) AS y,"
                + " duty_types, retired, leader_id, members, slots FROM plan_post_change WHERE plan_id = :plan"
                + (code == null ? "" : " AND code = :code")
                + " ORDER BY code")
        .param("plan", plan)
        .param("code", code)
        .query(
            (row, n) ->
                new PostChange(
                    row.getString("code"),
                    row.getString("committee"),
                    row.getInt("base_version"),
                    new PostState(
                        row.getString("name"),
                        PostStore.point(row.getDouble("x"), row.getDouble("y")),
                        PostStore.strings(row.getArray("duty_types")),
                        row.getBoolean("retired"),
                        (Long) row.getObject("leader_id"),
                        PostStore.longs(row.getArray("members")),
                        PostSlot.decoded((String[]) row.getArray("slots").getArray()))))
        .list();
  }
}
