package cn.onegrid.server.incidents;

import cn.onegrid.data.accounts.Role;
import cn.onegrid.server.security.OneGridUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * Who may report incidents and who may move them through the loop: the one place these rules live
 * (the security rules and the controllers both ask here). Reporters: the roles in {@link
 * #REPORTERS}, in person or with a token granted writing. Handlers: leaders everywhere, the roles
 * in {@link #HANDLERS} in the committees their account names.
 */
public final class IncidentRoles {

  /** Who may report: members on patrol among them. */
  static final Set<Role> REPORTERS = EnumSet.of(Role.STAFF, Role.LEADER, Role.PLANNER, Role.MEMBER);

  /** Who may accept, dispatch, handle, verify, close, return and void, in their committees. */
  static final Set<Role> HANDLERS = EnumSet.of(Role.STAFF, Role.LEADER);

  private IncidentRoles() {}

  public static boolean mayReport(Authentication authentication) {
    OneGridUser user = user(authentication);
    return user != null && REPORTERS.contains(user.role()) && writing(user);
  }

  /** Whether the caller may take steps in some committee (the controller checks which). */
  public static boolean mayHandleAny(Authentication authentication) {
    OneGridUser user = user(authentication);
    return user != null && HANDLERS.contains(user.role()) && writing(user);
  }

  /** Whether this user may take steps on an incident of this committee. */
  static boolean mayHandle(OneGridUser user, String committee) {
    return HANDLERS.contains(user.role())
        && writing(user)
        && (user.role() == Role.LEADER || user.committees().contains(committee));
  }

  private static boolean writing(OneGridUser user) {
    return user.token() == null
        || user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("WRITE"));
  }

  static OneGridUser user(Authentication authentication) {
    return authentication != null
            && authentication.isAuthenticated()
            && authentication.getPrincipal() instanceof OneGridUser user
        ? user
        : null;
  }
}
