package cn.onegrid.data.sample;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A fixed weekly time slot of a duty post and who serves in it. A slot never crosses midnight; one
 * that ends at midnight has {@code endsAt} 00:00.
 *
 * @param weekday the day of the week
 * @param startsAt local time the slot starts
 * @param endsAt local time it ends: after {@code startsAt}, or 00:00 for midnight
 * @param memberKeys the serving members' {@link SamplePerson#key()}s, members of the post
 */
public record SampleDutySlot(
    DayOfWeek weekday, LocalTime startsAt, LocalTime endsAt, List<String> memberKeys) {

  /** Checks that the slot stays within its day and copies the member list. */
  public SampleDutySlot {
    if (!endsAt.isAfter(startsAt) && !endsAt.equals(LocalTime.MIDNIGHT)) {
      throw new IllegalArgumentException("slot crosses midnight: " + startsAt + "-" + endsAt);
    }
    memberKeys = List.copyOf(memberKeys);
  }
}
