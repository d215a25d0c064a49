package cn.onegrid.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of everything that may read the database (sessions, tokens, controllers): while {@link
 * DatabaseSupervisor} sees the database down, every request but the probes is answered 503 with
 * {@code Retry-After} at once; a filter before the controllers that meets an outage (a token looked
 * up on a dead connection) answers the same rather than 500. Controllers' own failures become 503
 * in {@link ProblemHandler}.
 */
final class DatabaseOutageFilter extends OncePerRequestFilter {

  /** The probes read no data: they answer whatever the database does. */
  static final Set<String> PROBES =
      Set.of("/actuator/health/liveness", "/actuator/health/readiness");

  private final DatabaseSupervisor supervisor;
  private final Problems problems;

  DatabaseOutageFilter(DatabaseSupervisor supervisor, Problems problems) {
    this.supervisor = supervisor;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!supervisor.answering() && !PROBES.contains(request.getRequestURI())) {
      unavailable(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (response.isCommitted() || !DatabaseTrouble.isOutage(e)) {
        throw e;
      }
      response.reset();
      unavailable(request, response);
    }
  }

  private void unavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader(
        HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS));
    problems.write(
        request,
        response,
        HttpStatus.SERVICE_UNAVAILABLE,
        "problem.database-unavailable",
        DatabaseTrouble.RETRY_AFTER_SECONDS);
  }
}
