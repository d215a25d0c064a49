package cn.onegrid.data.incidents;

import cn.onegrid.data.people.WeekHours;
import java.util.Arrays;

/**
 * Reports per hour of the week ({@link WeekHours}' 168 hours, the town's clock), void ones left
 * out.
 *
 * @param counts 168 counts, Monday 00–01 first
 */
public record ReportHours(int[] counts) {

  public static final ReportHours NONE = new ReportHours(new int[WeekHours.COUNT]);

  public ReportHours {
    if (counts.length != WeekHours.COUNT) {
      throw new IllegalArgumentException("168 hours, not " + counts.length);
    }
    counts = counts.clone();
  }

  public int at(int weekday, int hour) {
    return counts[WeekHours.index(weekday, hour)];
  }

  public int total() {
    return Arrays.stream(counts).sum();
  }

  public int max() {
    return Arrays.stream(counts).max().orElse(0);
  }

  /**
   * The reports that came in an hour nobody was on duty.
   *
   * @param onDuty 168 hours, true where some post had a slot
   */
  public int offDuty(boolean[] onDuty) {
    int off = 0;
    for (int i = 0; i < counts.length; i++) {
      off += onDuty[i] ? 0 : counts[i];
    }
    return off;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportHours r && Arrays.equals(counts, r.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "ReportHours" + Arrays.toString(counts);
  }
}
