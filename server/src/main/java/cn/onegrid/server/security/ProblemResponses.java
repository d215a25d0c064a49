package cn.onegrid.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals for API clients as problem documents, like every other error ({@code ProblemHandler}):
 * 401 when the request has no (valid) credentials, 403 when they do not allow it. Pages are sent to
 * the sign-in page instead (see {@link SecurityConfiguration}).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"OneGrid\"");
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "Sign-in required",
        "请先登录，或使用个人访问令牌（Authorization: Bearer）。"
            + " Sign in, or send a personal access token (Authorization: Bearer).");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, HttpStatus.FORBIDDEN, "Forbidden", "您的账户无权这样做。 Your account may not do this.");
  }

  static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType("application/problem+json"); // JSON is UTF-8 without saying so
    response.getOutputStream().write(JSON.writeValueAsBytes(problem));
  }
}
