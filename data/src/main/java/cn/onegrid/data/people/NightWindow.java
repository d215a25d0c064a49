package cn.onegrid.data.people;

/**
 * The hours of the day that count as night (the town patrols "every night"): the two-hour slots
 * starting from {@code from} up to {@code to}, every day of the week.
 *
 * @param from an even hour, 0 to 22
 * @param to an even hour after from, up to 24
 */
public record NightWindow(int from, int to) {

  /** The evening, 18–24 h. */
  public static final NightWindow EVENING = new NightWindow(18, 24);

  public NightWindow {
    if (from < 0 || to > 24 || from >= to || from % 2 != 0 || to % 2 != 0) {
      throw new IllegalArgumentException(
          "A night window is two-hour slots within a day, such as 18-24: " + from + "-" + to);
    }
  }

  /** Whether the slot (index 0 = Monday 00–02, 83 = Sunday 22–24) is a night slot. */
  public boolean holds(int slot) {
    int hour = (slot % WeekSlots.PER_DAY) * 2;
    return hour >= from && hour < to;
  }

  /** The mean of the night slots' values, of 84 values in week order. */
  public double mean(double[] week) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < week.length; i++) {
      if (holds(i)) {
        sum += week[i];
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
