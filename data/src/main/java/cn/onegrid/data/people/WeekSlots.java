package cn.onegrid.data.people;

/** The week's 84 two-hour slots: index 0 is Monday 00–02, 83 Sunday 22–24. */
public final class WeekSlots {

  public static final int PER_DAY = 12;
  public static final int COUNT = 7 * PER_DAY;

  private WeekSlots() {}

  public static int index(int weekday, int startHour) {
    return (weekday - 1) * PER_DAY + startHour / 2;
  }

  public static int weekday(int index) {
    return index / PER_DAY + 1;
  }

  public static int startHour(int index) {
    return (index % PER_DAY) * 2;
  }

  /**
   * Marks in {@code into} the slots a duty from start to end minutes (end 1440 at midnight) of the
   * weekday overlaps.
   */
  public static void mark(boolean[] into, int weekday, int start, int end) {
    for (int i = first(weekday, start); i <= last(weekday, end); i++) {
      into[i] = true;
    }
  }

  /** The first slot a duty starting at {@code start} minutes of the weekday overlaps. */
  public static int first(int weekday, int start) {
    return (weekday - 1) * PER_DAY + start / 120;
  }

  /**
   * The last slot a duty ending at {@code end} minutes (1440 at midnight) of the weekday overlaps,
   * the day's last at most.
   */
  public static int last(int weekday, int end) {
    return (weekday - 1) * PER_DAY + Math.min((end - 1) / 120, PER_DAY - 1);
  }
}
