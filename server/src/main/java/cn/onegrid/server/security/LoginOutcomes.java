package cn.onegrid.server.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What a sign-in leads to. A failure counts towards the {@link SignInThrottle}; a success clears
 * its account's count from that address and continues where the visitor was going, or to the
 * password page when the account must choose a new password first. A failure never says whether the
 * account exists.
 */
final class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
    implements AuthenticationFailureHandler {

  private final SignInThrottle throttle;

  LoginOutcomes(SignInThrottle throttle) {
    this.throttle = throttle;
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    OneGridUser user = (OneGridUser) authentication.getPrincipal();
    throttle.succeeded(request);
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
    getRedirectStrategy().sendRedirect(request, response, LoginController.LOGIN + "?error");
  }
}
