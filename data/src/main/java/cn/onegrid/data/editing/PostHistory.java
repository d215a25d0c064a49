package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every published change of a post's state: who, when, why, before and after. As {@link History}
 * for areas, a revert is a change of its own; reverting a post's creation retires it.
 */
public class PostHistory {

  private static final String CHANGES =
      """
      SELECT id, code, changed_by, changed_at, reason, plan_id, reverts, before_version,
             after_version, before_name, ST_X(before_location) AS bx, ST_Y(before_location) AS by,
             before_duty_types, before_retired, before_leader, before_members, before_slots,
             after_name, ST_X(after_location) AS ax, ST_Y(after_location) AS ay,
             after_duty_types, after_retired, after_leader, after_members, after_slots
        FROM post_change
      """;

  private final JdbcClient jdbc;
  private final PostStore store;
  private final TransactionTemplate transaction;

  public PostHistory(JdbcClient jdbc, TransactionTemplate transaction, PostStore store) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.store = store;
  }

  /** The post's changes, newest first. */
  public List<PostEvent> of(String code) {
    return jdbc.sql(CHANGES + " WHERE code = :code ORDER BY id DESC")
        .param("code", code)
        .query((row, n) -> event(row))
        .list();
  }

  public PostEvent get(long id) {
    return jdbc.sql(CHANGES + " WHERE id = :id")
        .param("id", id)
        .query((row, n) -> event(row))
        .optional()
        .orElseThrow(() -> NotFound.of("editing.no-change", id));
  }

  /**
   * Puts back the state a change replaced (a created post is retired), if the post is still at
   * version expected.
   *
   * @return the post's new version
   */
  public int revert(long id, int expected, String who, String reason) {
    PostEvent event = get(id);
    PostState back = event.before() == null ? event.after().retire(true) : event.before();
    return transaction.execute(
        status -> {
          StoredPost post = store.get(event.code());
          return store.write(
              event.code(), post.committeeCode(), expected, back, who, reason, null, id);
        });
  }

  private static PostEvent event(ResultSet row) throws SQLException {
    PostState before =
        row.getString("before_name") == null
            ? null
            : new PostState(
                row.getString("before_name"),
                PostStore.point(row.getDouble("bx"), row.getDouble("by")),
                PostStore.strings(row.getArray("before_duty_types")),
                row.getBoolean("before_retired"),
                (Long) row.getObject("before_leader"),
                PostStore.longs(row.getArray("before_members")),
                PostSlot.decoded(texts(row.getArray("before_slots"))));
    return new PostEvent(
        row.getLong("id"),
        row.getString("code"),
        row.getString("changed_by"),
        row.getObject("changed_at", OffsetDateTime.class),
        row.getString("reason"),
        (Long) row.getObject("plan_id"),
        (Long) row.getObject("reverts"),
        row.getInt("before_version"),
        row.getInt("after_version"),
        before,
        new PostState(
            row.getString("after_name"),
            PostStore.point(row.getDouble("ax"), row.getDouble("ay")),
            PostStore.strings(row.getArray("after_duty_types")),
            row.getBoolean("after_retired"),
            (Long) row.getObject("after_leader"),
            PostStore.longs(row.getArray("after_members")),
            PostSlot.decoded(texts(row.getArray("after_slots")))));
  }

  private static String[] texts(java.sql.Array array) throws SQLException {
    return array == null ? null : (String[]) array.getArray();
  }

  /** One published change of a post; before is null where it created the post. */
  public record PostEvent(
      long id,
      String code,
      String changedBy,
      OffsetDateTime changedAt,
      String reason,
      Long plan,
      Long reverts,
      int beforeVersion,
      int afterVersion,
      PostState before,
      PostState after) {}
}
