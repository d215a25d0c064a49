package cn.onegrid.data.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One weekly slot of a post and who serves it. Not checked here: {@link PostChecks} refuses a slot
 * that is not one, naming the post.
 *
 * @param weekday ISO, 1 = Monday
 * @param start minutes from midnight
 * @param end minutes from midnight, 1440 for midnight at the end (slots never cross midnight)
 * @param people person ids, ascending
 */
public record PostSlot(int weekday, int start, int end, List<Long> people) {

  public PostSlot {
    people = List.copyOf(people.stream().distinct().sorted().toList());
  }

  /** Whether both are on the same day and share some minute. */
  public boolean overlaps(PostSlot other) {
    return weekday == other.weekday && start < other.end && end > other.start;
  }

  /** As the database keeps it: {@code weekday:start:end:id,id}. */
  String encoded() {
    StringBuilder s = new StringBuilder();
    s.append(weekday).append(':').append(start).append(':').append(end).append(':');
    for (int i = 0; i < people.size(); i++) {
      s.append(i == 0 ? "" : ",").append(people.get(i));
    }
    return s.toString();
  }

  static PostSlot decoded(String text) {
    String[] p = text.split(":", -1);
    List<Long> people = new ArrayList<>();
    if (!p[3].isEmpty()) {
      Arrays.stream(p[3].split(",")).map(Long::valueOf).forEach(people::add);
    }
    return new PostSlot(
        Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), people);
  }

  static String[] encoded(List<PostSlot> slots) {
    return slots.stream().map(PostSlot::encoded).toArray(String[]::new);
  }

  static List<PostSlot> decoded(String[] texts) {
    return texts == null ? List.of() : Arrays.stream(texts).map(PostSlot::decoded).toList();
  }

  /** "5 20:00–22:00", for messages and logs. */
  public String label() {
    return weekday + " " + time(start) + "–" + time(end);
  }

  public static String time(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }
}
