package cn.onegrid.server.editing;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Who makes a change: the signed-in user; nobody writes anonymously. */
final class Editors {

  private Editors() {}

  static String name(Principal principal) {
    if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to change the map");
    }
    return principal.getName();
  }
}
