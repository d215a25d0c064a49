package cn.onegrid.server.security.accounts;

import cn.onegrid.server.security.ProblemResponses;
import cn.onegrid.server.security.signin.LoginController;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * The signed-in sessions of each account, so that disabling an account, changing its role or
 * committees, or resetting its password ends its sessions at once rather than when they time out.
 * Changing one's own password ends one's other sessions. Sessions live in PostgreSQL and are found
 * by the account's username (Spring Session's principal-name index), so this ends them on every
 * instance. An ended session's next request, on any instance, is signed out: a page goes to the
 * sign-in page, an API call gets a 401 problem.
 */
public final class AccountSessions implements SessionInformationExpiredStrategy {

  private final SessionRegistry registry;
  private final ProblemResponses problems;

  public AccountSessions(SessionRegistry registry, ProblemResponses problems) {
    this.problems = problems;
    this.registry = registry;
  }

  /** Ends every session of the account. */
  void endAll(String username) {
    endOthers(username, null);
  }

  /** Ends every session of the account but the one with this id (null: every one). */
  public void endOthers(String username, String keptSessionId) {
    for (SessionInformation session : registry.getAllSessions(username, false)) {
      if (!session.getSessionId().equals(keptSessionId)) {
        session.expireNow();
      }
    }
  }

  @Override
  public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
    HttpServletRequest request = event.getRequest();
    String accept = request.getHeader("Accept");
    if ("GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
      event.getResponse().sendRedirect(LoginController.LOGIN);
      return;
    }
    problems.write(request, event.getResponse(), HttpStatus.UNAUTHORIZED, "security.session-ended");
  }
}
