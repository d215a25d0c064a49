package cn.onegrid.data.transfer;

import java.util.List;

/**
 * One post's roster as the file gives it, checked for itself: its leader (null: none), its people
 * (the leader first, then the members) and its week, each slot with who serves it.
 *
 * @param row the first row naming the post, where errors about the post as a whole are put
 */
public record RosterPost(
    String code, int row, RosterPerson leader, List<RosterPerson> people, List<Slot> slots) {

  public RosterPost {
    people = List.copyOf(people);
    slots = List.copyOf(slots);
  }

  /**
   * A weekly slot: ISO weekday, minutes from midnight (1440 for the end of the day) and who of the
   * post's people serve it.
   */
  public record Slot(int row, int weekday, int start, int end, List<RosterPerson> servers) {
    public Slot {
      servers = List.copyOf(servers);
    }

    boolean overlaps(Slot other) {
      return weekday == other.weekday && start < other.end && end > other.start;
    }
  }
}
