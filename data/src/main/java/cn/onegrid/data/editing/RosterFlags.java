package cn.onegrid.data.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The flags of one committee's posts as a plan would leave them, in a stable order. */
public final class RosterFlags {

  private RosterFlags() {}

  /**
   * A warning before publishing. Fields a kind does not use are null.
   *
   * @param kind {@code double-booked}, {@code empty-slot}, {@code too-many-posts} or {@code
   *     too-many-slots}
   * @param posts the posts concerned, by code
   * @param start {@code HH:MM}
   * @param count how many posts or slots the person serves
   * @param limit the setting it exceeds
   */
  public record Flag(
      String kind,
      String committee,
      Long person,
      String personName,
      List<String> posts,
      Integer weekday,
      String start,
      String end,
      Integer count,
      Integer limit) {}

  private record Duty(String post, PostSlot slot) {}

  static List<Flag> of(
      String committee,
      Map<String, PostState> posts,
      Map<Long, String> names,
      RosterPreview.Limits limits) {
    List<Flag> flags = new ArrayList<>();
    Map<Long, List<Duty>> duties = new TreeMap<>();
    Map<Long, Integer> postCounts = new TreeMap<>();
    posts.forEach(
        (code, state) -> {
          state.members().forEach(p -> postCounts.merge(p, 1, Integer::sum));
          for (PostSlot slot : state.slots()) {
            if (slot.people().isEmpty()) {
              flags.add(slotFlag("empty-slot", committee, null, null, List.of(code), slot));
            }
            slot.people()
                .forEach(
                    p ->
                        duties
                            .computeIfAbsent(p, k -> new ArrayList<>())
                            .add(new Duty(code, slot)));
          }
        });
    duties.forEach(
        (person, list) -> {
          list.sort(
              Comparator.comparingInt((Duty d) -> d.slot().weekday())
                  .thenComparingInt(d -> d.slot().start()));
          for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
              Duty a = list.get(i);
              Duty b = list.get(j);
              if (!a.post().equals(b.post()) && a.slot().overlaps(b.slot())) {
                PostSlot both =
                    new PostSlot(
                        a.slot().weekday(),
                        Math.max(a.slot().start(), b.slot().start()),
                        Math.min(a.slot().end(), b.slot().end()),
                        List.of());
                flags.add(
                    slotFlag(
                        "double-booked",
                        committee,
                        person,
                        names.get(person),
                        List.of(a.post(), b.post()),
                        both));
              }
            }
          }
          if (list.size() > limits.maxSlots()) {
            flags.add(
                count("too-many-slots", committee, person, names, list.size(), limits.maxSlots()));
          }
        });
    postCounts.forEach(
        (person, n) -> {
          if (n > limits.maxPosts()) {
            flags.add(count("too-many-posts", committee, person, names, n, limits.maxPosts()));
          }
        });
    return flags;
  }

  private static Flag slotFlag(
      String kind, String committee, Long person, String name, List<String> posts, PostSlot s) {
    return new Flag(
        kind,
        committee,
        person,
        name,
        posts,
        s.weekday(),
        PostSlot.time(s.start()),
        PostSlot.time(s.end()),
        null,
        null);
  }

  private static Flag count(
      String kind, String committee, Long person, Map<Long, String> names, int n, int limit) {
    List<String> none = List.of();
    return new Flag(kind, committee, person, names.get(person), none, null, null, null, n, limit);
  }
}
