package cn.onegrid.server.security.signin;

import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.server.security.OneGridUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What a sign-in leads to. A failure counts towards the {@link SignInThrottle}; a success clears
 * its account's count from that address and continues where the visitor was going, or to the
 * password page when the account must choose a new password first. A failure never says whether the
 * account exists. Both go to the audit log, with the client's address: a failure under the name as
 * sign-in reads it (at most 100 characters), whether or not such an account exists.
 */
public final class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
    implements AuthenticationFailureHandler {

  private static final int LOGGED_NAME = 100;

  private final SignInThrottle throttle;
  private final AuditLog audit;

  public LoginOutcomes(SignInThrottle throttle, AuditLog audit) {
    this.throttle = throttle;
    this.audit = audit;
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    OneGridUser user = (OneGridUser) authentication.getPrincipal();
    throttle.succeeded(request);
    audit.record(
        user.getUsername(),
        AuditAction.SIGN_IN,
        "account " + user.getUsername(),
        "from " + request.getRemoteAddr());
    if (user.mustChangePassword()) {
      getRedirectStrategy().sendRedirect(request, response, LoginController.PASSWORD);
      return;
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    throttle.failed(request);
    String name = request.getParameter("username");
    name = name == null ? "" : name.trim();
    name = name.length() > LOGGED_NAME ? name.substring(0, LOGGED_NAME) : name;
    audit.record(
        name, AuditAction.SIGN_IN_FAILED, "account " + name, "from " + request.getRemoteAddr());
    // Where an account would once have been locked: the audit says guessing was slowed down, once
    // per checked failure (attempts turned away during the wait are not checked, nor recorded).
    Duration wait = throttle.waitAfter(request);
    if (!wait.isZero()) {
      audit.record(
          name,
          AuditAction.SIGN_IN_SLOWED,
          "account " + name,
          "from " + request.getRemoteAddr() + ", next attempt in " + wait.toSeconds() + " s");
    }
    getRedirectStrategy().sendRedirect(request, response, LoginController.LOGIN + "?error");
  }
}
