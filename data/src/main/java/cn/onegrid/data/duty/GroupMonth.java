package cn.onegrid.data.duty;

import java.util.List;

/**
 * A featured party group's month against the rules.
 *
 * @param id the group's id
 * @param leader its leader's name, or null
 * @param activities the activities held in the month, earliest first
 * @param compliant whether it held at least the least number of activities
 * @param points assessment points: activities × points per activity
 */
public record GroupMonth(
    long id,
    String name,
    String speciality,
    String leader,
    List<Activity> activities,
    boolean compliant,
    int points) {

  public GroupMonth {
    activities = List.copyOf(activities);
  }

  /** One activity held: when, what, who recorded it. */
  public record Activity(
      long id, long group, java.time.LocalDate heldOn, String title, String recordedBy) {}
}
