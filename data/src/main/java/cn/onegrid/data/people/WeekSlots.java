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
    int first = start / 120;
    int last = (end - 1) / 120;
    for (int s = first; s <= last && s < PER_DAY; s++) {
      into[(weekday - 1) * PER_DAY + s] = true;
    }
  }
}
