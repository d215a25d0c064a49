package cn.onegrid.server.security.signin;

import cn.onegrid.data.accounts.SignInFailures;
import cn.onegrid.server.security.SecurityProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows guessing down instead of locking accounts (anyone could lock the only administrator by
 * failing on purpose): failures count per account name from one client address and per client
 * address, and past a few each attempt from there must wait longer. A sign-in that comes too soon
 * is turned away before its password is checked; the owner, from another address, is not.
 */
public final class SignInThrottle extends OncePerRequestFilter {

  private final SignInFailures failures;
  private final SecurityProperties.SignInThrottle settings;

  public SignInThrottle(SignInFailures failures, SecurityProperties.SignInThrottle settings) {
    this.failures = failures;
    this.settings = settings;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod())
        && LoginController.LOGIN.equals(
            request.getRequestURI().substring(request.getContextPath().length())));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!failures.waitFor(keys(request)).isZero()) {
      response.sendRedirect(request.getContextPath() + LoginController.LOGIN + "?slow");
      return;
    }
    chain.doFilter(request, response);
  }

  void failed(HttpServletRequest request) {
    failures.failed(keys(request), settings.freeFailures(), settings.maxDelay());
  }

  /** How long the next attempt like this one must wait; zero while failures are still free. */
  Duration waitAfter(HttpServletRequest request) {
    return failures.waitFor(keys(request));
  }

  void succeeded(HttpServletRequest request) {
    failures.succeeded(keys(request).get(0));
  }

  /**
   * The account name as sign-in reads it (Spring Security's form sign-in trims it: counting the raw
   * name let {@code "admin "} guess without limit), from this address; and the address.
   */
  private static List<String> keys(HttpServletRequest request) {
    String username = request.getParameter("username");
    String name = username == null ? "" : username.trim();
    String address = request.getRemoteAddr();
    return List.of("account:" + name + "@" + address, "address:" + address);
  }
}
