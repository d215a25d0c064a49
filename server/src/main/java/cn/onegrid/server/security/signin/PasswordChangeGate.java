package cn.onegrid.server.security.signin;

import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds an account that must change its password (the first administrator, a reset) at the
 * change-password page: pages go there, everything else is refused, until it has a new one.
 */
public final class PasswordChangeGate extends OncePerRequestFilter {

  private final ProblemResponses problems;

  public PasswordChangeGate(ProblemResponses problems) {
    this.problems = problems;
  }

  private static final Set<String> OPEN =
      Set.of(LoginController.PASSWORD, "/logout", "/login.css", "/favicon.svg", "/error");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof OneGridUser user
        && user.mustChangePassword()
        && !OPEN.contains(request.getServletPath())) {
      String accept = request.getHeader("Accept");
      if ("GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
        response.sendRedirect(LoginController.PASSWORD);
      } else {
        problems.write(
            request,
            response,
            HttpStatus.FORBIDDEN,
            "security.password-change-required",
            LoginController.PASSWORD);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
