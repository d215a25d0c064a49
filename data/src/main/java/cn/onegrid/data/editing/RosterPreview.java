package cn.onegrid.data.editing;

import cn.onegrid.data.people.WeekHours;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a plan's post changes do to the people of their committees: members per post and slots per
 * member before and after, and the flags a planner should see before publishing (warnings, never
 * refusals): one person in two posts' slots at once, a slot nobody serves, a person serving more
 * posts or slots than the town's limits.
 */
public class RosterPreview {

  private static final String POSTS =
      """
      SELECT d.code, c.code AS committee, post_members(d.id) AS members, post_week(d.id) AS slots
        FROM duty_post d JOIN committee c ON c.id = d.committee_id
       WHERE c.code = ANY (:committees) AND d.retired_at IS NULL
       ORDER BY d.code
      """;

  private final JdbcClient jdbc;

  public RosterPreview(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One committee's people before and after the plan, and the flags of after. */
  public List<CommitteePeople> of(List<PostChange> changes, Limits limits) {
    List<String> committees = changes.stream().map(PostChange::committee).distinct().toList();
    if (committees.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, PostState>> before = published(committees);
    List<CommitteePeople> out = new ArrayList<>();
    Map<Long, String> names = names(before, changes);
    for (String committee : committees.stream().sorted().toList()) {
      Map<String, PostState> now = before.getOrDefault(committee, Map.of());
      Map<String, PostState> then = new TreeMap<>(now);
      for (PostChange change : changes) {
        if (change.committee().equals(committee)) {
          if (change.state().retired()) {
            then.remove(change.code());
          } else {
            then.put(change.code(), change.state());
          }
        }
      }
      out.add(
          new CommitteePeople(
              committee,
              Figures.of(now),
              Figures.of(then),
              RosterFlags.of(committee, then, names, limits)));
    }
    return out;
  }

  private Map<String, Map<String, PostState>> published(List<String> committees) {
    Map<String, Map<String, PostState>> posts = new HashMap<>();
    jdbc.sql(POSTS)
        .param("committees", committees.toArray(String[]::new))
        .query(
            (row, n) -> {
              PostState state =
                  new PostState(
                      row.getString("code"),
                      PostStore.point(0, 0),
                      List.of(),
                      false,
                      null,
                      PostStore.longs(row.getArray("members")),
                      PostSlot.decoded((String[]) row.getArray("slots").getArray()));
              posts
                  .computeIfAbsent(row.getString("committee"), k -> new TreeMap<>())
                  .put(row.getString("code"), state);
              return null;
            })
        .list();
    return posts;
  }

  private Map<Long, String> names(Map<String, Map<String, PostState>> before, List<PostChange> cs) {
    TreeSet<Long> ids = new TreeSet<>();
    before.values().forEach(m -> m.values().forEach(s -> ids.addAll(s.members())));
    cs.forEach(c -> ids.addAll(c.state().members()));
    Map<Long, String> names = new HashMap<>();
    jdbc.sql("SELECT id, name FROM person WHERE id = ANY (:ids)")
        .param("ids", ids.toArray(Long[]::new))
        .query((row, n) -> names.put(row.getLong("id"), row.getString("name")))
        .list();
    return names;
  }

  /**
   * How many more posts or weekly slots than these for one person is flagged.
   *
   * @param maxPosts posts a person may serve without a flag
   * @param maxSlots weekly slots a person may serve without a flag
   */
  public record Limits(int maxPosts, int maxSlots) {}

  /** A committee's people before and after, and what to look at before publishing. */
  public record CommitteePeople(
      String committee, Figures before, Figures after, List<RosterFlags.Flag> flags) {}

  /**
   * @param membersPerPost by post code (posts not retired)
   * @param slotsPerMember by person id, those who serve some slot
   * @param onDuty the week's 168 hours ({@link WeekHours}), true where some post has a slot (on
   *     duty as incident routing counts it), for the reports that would come in with nobody on duty
   */
  public record Figures(
      Map<String, Integer> membersPerPost, Map<Long, Integer> slotsPerMember, boolean[] onDuty) {

    static Figures of(Map<String, PostState> posts) {
      Map<String, Integer> members = new LinkedHashMap<>();
      Map<Long, Integer> slots = new TreeMap<>();
      boolean[] onDuty = new boolean[WeekHours.COUNT];
      posts.forEach(
          (code, s) -> {
            members.put(code, s.members().size());
            s.slots().forEach(slot -> slot.people().forEach(p -> slots.merge(p, 1, Integer::sum)));
            s.slots()
                .forEach(slot -> WeekHours.mark(onDuty, slot.weekday(), slot.start(), slot.end()));
          });
      return new Figures(members, slots, onDuty);
    }
  }
}
