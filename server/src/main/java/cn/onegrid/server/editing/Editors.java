package cn.onegrid.server.editing;

import cn.onegrid.server.security.OneGridUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who makes a change, and whether they may make it there: the security rules let only planners
 * reach the editing endpoints; here each change is held to the planner's committees.
 */
final class Editors {

  private Editors() {}

  /** The signed-in planner's username. */
  static String name(Authentication authentication) {
    return user(authentication).getUsername();
  }

  /** The username of a planner who may edit inside the committee, or 403. */
  static String mayEdit(Authentication authentication, String committee) {
    OneGridUser user = user(authentication);
    if (!user.mayEdit(committee)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          user.getUsername()
              + " may not change committee "
              + committee
              + (user.committees().isEmpty() ? "" : "; they plan " + user.committees()));
    }
    return user.getUsername();
  }

  private static OneGridUser user(Authentication authentication) {
    if (authentication == null || !(authentication.getPrincipal() instanceof OneGridUser user)) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to change the map");
    }
    return user;
  }
}
