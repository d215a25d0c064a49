package cn.onegrid.data.editing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a post's members and week into duty_post_member, duty_slot and duty_slot_member, after
 * {@link PostStore} has written (and versioned) the post itself. A slot that stays (same weekday
 * and start) keeps its row; the rest come and go. Runs in the caller's transaction.
 */
final class PostRoster {

  private final JdbcClient jdbc;

  PostRoster(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void write(String code, PostState state) {
    long post =
        jdbc.sql("SELECT id FROM duty_post WHERE code = :code")
            .param("code", code)
            .query(Long.class)
            .single();
    Long[] members = state.members().toArray(Long[]::new);
    jdbc.sql("DELETE FROM duty_post_member WHERE post_id = :post AND person_id <> ALL (:members)")
        .param("post", post)
        .param("members", members)
        .update();
    jdbc.sql(
            "INSERT INTO duty_post_member (post_id, person_id)"
                + " SELECT :post, unnest(:members::bigint[]) ON CONFLICT DO NOTHING")
        .param("post", post)
        .param("members", members)
        .update();
    writeWeek(post, state.slots());
  }

  private void writeWeek(long post, List<PostSlot> slots) {
    Integer[] days = slots.stream().map(PostSlot::weekday).toArray(Integer[]::new);
    Integer[] starts = slots.stream().map(PostSlot::start).toArray(Integer[]::new);
    Integer[] ends = slots.stream().map(PostSlot::end).toArray(Integer[]::new);
    jdbc.sql(
            """
            DELETE FROM duty_slot s WHERE s.post_id = :post AND NOT EXISTS (
                SELECT 1 FROM unnest(:days::int[], :starts::int[]) AS w(day, start)
                 WHERE w.day = s.weekday AND make_time(w.start / 60, w.start % 60, 0) = s.starts_at)
            """)
        .param("post", post)
        .param("days", days)
        .param("starts", starts)
        .update();
    jdbc.sql(
            """
            INSERT INTO duty_slot (post_id, weekday, starts_at, ends_at)
            SELECT :post, day, make_time(start / 60, start % 60, 0),
                   make_time(("end" % 1440) / 60, ("end" % 1440) % 60, 0)
              FROM unnest(:days::int[], :starts::int[], :ends::int[]) AS w(day, start, "end")
            ON CONFLICT (post_id, weekday, starts_at) DO UPDATE SET ends_at = EXCLUDED.ends_at
             WHERE duty_slot.ends_at <> EXCLUDED.ends_at
            """)
        .param("post", post)
        .param("days", days)
        .param("starts", starts)
        .param("ends", ends)
        .update();
    jdbc.sql(
            "DELETE FROM duty_slot_member m USING duty_slot s"
                + " WHERE s.id = m.slot_id AND s.post_id = :post")
        .param("post", post)
        .update();
    jdbc.sql(
            """
            INSERT INTO duty_slot_member (slot_id, person_id)
            SELECT s.id, w.person::bigint
              FROM unnest(:days::int[], :starts::int[], :people::text[]) AS w0(day, start, people)
              CROSS JOIN LATERAL unnest(string_to_array(w0.people, ',')) AS w(person)
              JOIN duty_slot s ON s.post_id = :post AND s.weekday = w0.day
                              AND s.starts_at = make_time(w0.start / 60, w0.start % 60, 0)
            """)
        .param("post", post)
        .param("days", days)
        .param("starts", starts)
        .param(
            "people",
            slots.stream()
                .map(s -> String.join(",", s.people().stream().map(String::valueOf).toList()))
                .toArray(String[]::new))
        .update();
  }
}
