package cn.onegrid.server.editing;

import cn.onegrid.data.editing.PostSlot;
import cn.onegrid.server.system.RequestRefused;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A post's week as JSON: {@code {"slots": [{"weekday": 5, "start": "20:00", "end": "22:00",
 * "people": [17]}]}}, ISO weekday, {@code HH:MM}, an end of {@code 24:00} for midnight. Whether a
 * slot makes sense (its end after its start, its people members) is {@code data}'s to say.
 */
record WeekJson(List<SlotJson> slots) {

  private static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-4]):([0-5][0-9])$");

  record SlotJson(Integer weekday, String start, String end, List<Long> people) {
    static SlotJson of(PostSlot s) {
      return new SlotJson(
          s.weekday(), PostSlot.time(s.start()), PostSlot.time(s.end()), s.people());
    }
  }

  /** The slots, or 422 naming the post and the slot that is not one. */
  static List<PostSlot> slots(String post, WeekJson week) {
    if (week == null || week.slots() == null) {
      throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "editing.week-body", post);
    }
    return week.slots().stream()
        .map(
            s -> {
              if (s == null || s.weekday() == null || s.weekday() < 1 || s.weekday() > 7) {
                throw refused(post, s);
              }
              Integer start = minutes(s.start());
              Integer end = minutes(s.end());
              if (start == null || end == null || start == 1440) {
                throw refused(post, s);
              }
              return new PostSlot(s.weekday(), start, end, ids(s.people()));
            })
        .toList();
  }

  /** Person ids without nulls (an absent list is nobody). */
  static List<Long> ids(List<Long> ids) {
    if (ids == null) {
      return List.of();
    }
    if (ids.stream().anyMatch(Objects::isNull)) {
      throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "editing.person-id");
    }
    return ids;
  }

  private static Integer minutes(String time) {
    Matcher m = time == null ? null : TIME.matcher(time.strip());
    if (m == null || !m.matches()) {
      return null;
    }
    int minutes = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    return minutes > 1440 ? null : minutes;
  }

  private static RequestRefused refused(String post, SlotJson s) {
    return new RequestRefused(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "editing.slot-time",
        post,
        s == null ? "-" : String.valueOf(s.weekday()),
        s == null ? "-" : String.valueOf(s.start()),
        s == null ? "-" : String.valueOf(s.end()));
  }
}
