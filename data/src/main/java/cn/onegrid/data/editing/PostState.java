package cn.onegrid.data.editing;

import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Point;

/**
 * What a planner keeps of a post besides its area: fixed post, fixed people, fixed time, fixed
 * duty.
 *
 * @param name as people call it
 * @param location in degrees (EPSG:4326, longitude first)
 * @param dutyTypes ids from the town's list ({@link DutyTypes})
 * @param retired a retired post keeps its code and history, and leaves the map and the analysis
 * @param leader its leader's person id (组长), a member; null for none
 * @param members person ids, ascending
 * @param slots its week, by weekday and start
 */
public record PostState(
    String name,
    Point location,
    List<String> dutyTypes,
    boolean retired,
    Long leader,
    List<Long> members,
    List<PostSlot> slots) {

  public PostState {
    dutyTypes = List.copyOf(dutyTypes);
    members = List.copyOf(members.stream().distinct().sorted().toList());
    slots =
        List.copyOf(
            slots.stream()
                .sorted(Comparator.comparingInt(PostSlot::weekday).thenComparing(PostSlot::start))
                .toList());
  }

  /** A post nobody serves yet. */
  public PostState(String name, Point location, List<String> dutyTypes, boolean retired) {
    this(name, location, dutyTypes, retired, null, List.of(), List.of());
  }

  public PostState retire(boolean now) {
    return new PostState(name, location, dutyTypes, now, leader, members, slots);
  }

  /** The same post with these people: who is no longer a member leaves its slots too. */
  public PostState withPeople(Long newLeader, List<Long> newMembers) {
    List<PostSlot> kept =
        slots.stream()
            .map(
                s ->
                    new PostSlot(
                        s.weekday(),
                        s.start(),
                        s.end(),
                        s.people().stream().filter(newMembers::contains).toList()))
            .toList();
    return new PostState(name, location, dutyTypes, retired, newLeader, newMembers, kept);
  }

  /** The same post with this week. */
  public PostState withSlots(List<PostSlot> week) {
    return new PostState(name, location, dutyTypes, retired, leader, members, week);
  }

  /** The same people and week with a new name, place, duties or retirement. */
  public PostState withBasics(
      String newName, Point newLocation, List<String> newDuties, boolean nowRetired) {
    return new PostState(newName, newLocation, newDuties, nowRetired, leader, members, slots);
  }
}
