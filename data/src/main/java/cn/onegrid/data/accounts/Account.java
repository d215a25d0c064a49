package cn.onegrid.data.accounts;

import java.time.Instant;
import java.util.List;

/**
 * One person's account.
 *
 * @param committees the codes of the committees the account works on; empty is the whole town for a
 *     leader or planner and no committee at all for staff
 * @param lockedUntil until when sign-ins are refused after repeated failures; null when not locked
 */
public record Account(
    long id,
    String username,
    String displayName,
    String passwordHash,
    Role role,
    List<String> committees,
    boolean mustChangePassword,
    boolean enabled,
    int failedLogins,
    Instant lockedUntil) {

  public Account {
    committees = List.copyOf(committees);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
