package cn.onegrid.server.security;

import cn.onegrid.data.accounts.AccountRepository;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What a sign-in leads to. A wrong password counts towards the account's lockout; a good one resets
 * the count and continues where the visitor was going, or to the password page when the account
 * must choose a new password first. A failure never says whether the account exists or is locked.
 */
final class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
    implements AuthenticationFailureHandler {

  private final AccountRepository accounts;
  private final SecurityProperties.Lockout lockout;

  LoginOutcomes(AccountRepository accounts, SecurityProperties.Lockout lockout) {
    this.accounts = accounts;
    this.lockout = lockout;
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    OneGridUser user = (OneGridUser) authentication.getPrincipal();
    accounts.recordSuccessfulLogin(user.accountId());
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
    String username = request.getParameter("username");
    if (failure instanceof BadCredentialsException && username != null) {
      accounts.recordFailedLogin(username, lockout.maxFailures(), lockout.duration());
    }
    getRedirectStrategy().sendRedirect(request, response, LoginController.LOGIN + "?error");
  }
}
