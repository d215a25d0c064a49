package cn.onegrid.server.editing;

import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.RequestRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;

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
      throw new RequestRefused(
          HttpStatus.FORBIDDEN,
          "editing.not-your-committee",
          user.getUsername(),
          committee,
          String.join(", ", user.committees()));
    }
    return user.getUsername();
  }

  private static OneGridUser user(Authentication authentication) {
    if (authentication == null || !(authentication.getPrincipal() instanceof OneGridUser user)) {
      throw new RequestRefused(HttpStatus.UNAUTHORIZED, "editing.sign-in");
    }
    return user;
  }
}
