package cn.onegrid.data.accounts;

import java.util.List;
import java.util.Locale;

/** What an account is for; one per account. */
public enum Role {
  /** Sees the whole town, all summaries and personal details. */
  LEADER,
  /** Edits and publishes the map: for the whole town, or for the committees the account names. */
  PLANNER,
  /** Sees the map; personal details only for the committees the account names (their own). */
  STAFF,
  /** Manages accounts, reads the audit log, imports a town's layers. */
  ADMIN,
  /**
   * A member of a post (the register's person the account names): records their own duties and
   * reads the map as everyone signed in does.
   */
  MEMBER;

  /** The role's name in the database and in JSON: {@code leader}, {@code planner}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The one rule for editing a committee's map, used by the server per request and by publishing
   * inside its transaction: planners for the whole town (no committees named) or for the committees
   * they name.
   */
  public boolean mayEdit(List<String> committees, String committee) {
    return this == PLANNER && (committees.isEmpty() || committees.contains(committee));
  }

  /**
   * Publishing what an import replaces in a committee: whoever may edit it, and administrators, who
   * may make import plans (a whole layer, never drawn changes) and own them.
   */
  public boolean mayPublishImport(List<String> committees, String committee) {
    return this == ADMIN || mayEdit(committees, committee);
  }

  public static Role of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
