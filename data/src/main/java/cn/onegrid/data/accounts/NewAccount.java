package cn.onegrid.data.accounts;

import java.util.List;

/** What creating an account needs; {@code passwordHash} is already hashed. */
public record NewAccount(
    String username,
    String displayName,
    String passwordHash,
    Role role,
    List<String> committees,
    boolean mustChangePassword,
    boolean enabled) {

  public NewAccount {
    committees = List.copyOf(committees);
  }

  /** An account that may sign in. */
  public NewAccount(
      String username,
      String displayName,
      String passwordHash,
      Role role,
      List<String> committees,
      boolean mustChangePassword) {
    this(username, displayName, passwordHash, role, committees, mustChangePassword, true);
  }
}
