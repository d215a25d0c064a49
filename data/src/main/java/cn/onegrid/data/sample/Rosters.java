package cn.onegrid.data.sample;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The weekly slots of a duty post. Members take turns in a fixed order, so every member serves at
 * least once a week (at least four times a month, more than the twice a month the town asks for).
 */
final class Rosters {

  /** Day-time windows a post may staff: start hour, two hours each. */
  static final List<Integer> DAY_STARTS = List.of(8, 9, 14, 15, 19);

  /**
   * A night patrol: 20–22 and 22–24 on the evening, 00–02 on the next day (slots never cross 0h).
   */
  static final List<Integer> NIGHT_STARTS = List.of(20, 22, 0);

  static final int SLOT_HOURS = 2;
  static final int NIGHT_TEAM = 2;

  private Rosters() {}

  /**
   * Two to seven day-time slots on distinct weekdays and windows, two or three members each.
   *
   * @param members the post's members, at least one
   */
  static List<SampleDutySlot> weekly(List<String> members, SplittableRandom random) {
    int team = Math.min(members.size(), 2 + random.nextInt(2));
    int needed = (members.size() + team - 1) / team;
    int count = Math.min(7, Math.max(2, needed) + random.nextInt(2));
    List<int[]> choices = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      for (int start : DAY_STARTS) {
        choices.add(new int[] {day, start});
      }
    }
    shuffle(choices, random);
    List<int[]> chosen = new ArrayList<>(choices.subList(0, count));
    chosen.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
    List<SampleDutySlot> slots = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int[] c = chosen.get(i);
      slots.add(slot(c[0], c[1], turn(members, i, team)));
    }
    return List.copyOf(slots);
  }

  /** A patrol every night of the week in two-hour slots, members in pairs, taking turns. */
  static List<SampleDutySlot> nightly(List<String> members) {
    int team = Math.min(members.size(), NIGHT_TEAM);
    List<SampleDutySlot> slots = new ArrayList<>();
    int turn = 0;
    for (int night = 1; night <= 7; night++) {
      for (int start : NIGHT_STARTS) {
        int day = start == 0 ? night % 7 + 1 : night;
        slots.add(slot(day, start, turn(members, turn++, team)));
      }
    }
    slots.sort(
        Comparator.comparing(SampleDutySlot::weekday).thenComparing(SampleDutySlot::startsAt));
    return List.copyOf(slots);
  }

  private static SampleDutySlot slot(int day, int start, List<String> members) {
    LocalTime startsAt = LocalTime.of(start, 0);
    return new SampleDutySlot(DayOfWeek.of(day), startsAt, startsAt.plusHours(SLOT_HOURS), members);
  }

  /** The {@code turn}-th team of {@code size} members, going round the list. */
  private static List<String> turn(List<String> members, int turn, int size) {
    List<String> team = new ArrayList<>(size);
    for (int q = 0; q < size; q++) {
      team.add(members.get((turn * size + q) % members.size()));
    }
    return team;
  }

  static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }
}
