package cn.onegrid.server.security;

import cn.onegrid.server.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Refusals for API clients as problem documents, like every other error ({@link Problems}): 401
 * when the request has no (valid) credentials, 403 when they do not allow it. Pages are sent to the
 * sign-in page instead (see {@link SecurityConfiguration}).
 */
@Component
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final Problems problems;

  ProblemResponses(Problems problems) {
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"OneGrid\"");
    write(request, response, HttpStatus.UNAUTHORIZED, "security.sign-in-required");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "security.forbidden");
  }

  /** The refusal as a problem document, its detail the bundles' {@code key}. */
  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String key,
      Object... args)
      throws IOException {
    problems.write(request, response, status, key, args);
  }
}
