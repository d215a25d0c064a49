package cn.onegrid.data.accounts;

import java.util.List;

/**
 * One person's account.
 *
 * @param committees the codes of the committees the account works on; empty is the whole town for a
 *     leader or planner and no committee at all for staff
 */
public record Account(
    long id,
    String username,
    String displayName,
    String passwordHash,
    Role role,
    List<String> committees,
    boolean mustChangePassword,
    boolean enabled) {

  public Account {
    committees = List.copyOf(committees);
  }
}
