package cn.onegrid.geo.patrol;

/**
 * A weekly duty slot: ISO weekday (1 = Monday) and minutes from midnight, end exclusive; an end of
 * 1440 is midnight. Slots never cross midnight.
 */
public record WeeklySlot(int weekday, int startMinute, int endMinute) {

  public WeeklySlot {
    if (weekday < 1
        || weekday > 7
        || startMinute < 0
        || endMinute > 1440
        || startMinute >= endMinute) {
      throw new IllegalArgumentException(
          "Not a slot: weekday " + weekday + ", minutes " + startMinute + "-" + endMinute);
    }
  }

  /** Whether any part of this slot falls in [from, to) minutes of {@code day}. */
  boolean overlaps(int day, int from, int to) {
    return weekday == day && startMinute < to && endMinute > from;
  }
}
