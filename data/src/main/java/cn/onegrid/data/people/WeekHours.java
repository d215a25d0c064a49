package cn.onegrid.data.people;

/**
 * The week's 168 hours of the town's clock: index 0 is Monday 00–01, 167 Sunday 23–24. Reports are
 * counted per hour; a duty marks every hour it overlaps, as {@link WeekSlots#mark} marks slots.
 */
public final class WeekHours {

  public static final int PER_DAY = 24;
  public static final int COUNT = 7 * PER_DAY;

  private WeekHours() {}

  /**
   * @param weekday ISO, 1 = Monday
   * @param hour 0 to 23
   */
  public static int index(int weekday, int hour) {
    return (weekday - 1) * PER_DAY + hour;
  }

  /**
   * Marks in {@code into} (168 long) the hours a duty from start to end minutes (end 1440 at
   * midnight) of the weekday overlaps.
   */
  public static void mark(boolean[] into, int weekday, int start, int end) {
    for (int h = start / 60; h * 60 < end && h < PER_DAY; h++) {
      into[index(weekday, h)] = true;
    }
  }
}
