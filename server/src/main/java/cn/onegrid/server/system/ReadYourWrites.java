package cn.onegrid.server.system;

import cn.onegrid.data.replica.Lsn;
import cn.onegrid.data.replica.ReadRouting;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whoever wrote reads their write, with a hot standby behind {@link ReadRouting}: a request that
 * may write reads only from the primary, and its answer carries the primary's log position after it
 * in a cookie ({@value #COOKIE}); a later read that brings the cookie goes to the primary until the
 * standby has replayed that position, and the first one after that drops the cookie. A cookie
 * rather than the session, so any instance honours it and readers with no session cost nothing;
 * machine clients that keep no cookies may read their write a moment late. Only on when there is a
 * standby.
 */
final class ReadYourWrites extends OncePerRequestFilter {

  static final String COOKIE = "ONEGRID_WRITTEN";
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

  private final ReadRouting routing;

  ReadYourWrites(ReadRouting routing) {
    this.routing = routing;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!READS.contains(request.getMethod())) {
      write(request, response, chain);
      return;
    }
    Lsn written = Lsn.parse(cookie(request));
    if (written == null || routing.standbyHasReplayed(written)) {
      if (cookie(request) != null) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", 0).toString());
      }
      chain.doFilter(request, response);
      return;
    }
    try (ReadRouting.Scope primary = ReadRouting.after(written)) {
      chain.doFilter(request, response);
    }
  }

  /** The answer is held until the write is done, so the cookie can still go with it. */
  private void write(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    try {
      try (ReadRouting.Scope primary = ReadRouting.fromPrimary()) {
        chain.doFilter(request, held);
      }
      Lsn position = held.getStatus() < 400 ? primaryPosition() : null;
      if (position != null && !response.isCommitted()) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(position.toString(), -1).toString());
      }
    } finally {
      held.copyBodyToResponse();
    }
  }

  /** Where the primary's log is now; null (no cookie) when the primary cannot say. */
  private Lsn primaryPosition() {
    try {
      return routing.primaryPosition();
    } catch (RuntimeException e) {
      log.warn("No read-your-writes position: {}", e.getMessage());
      return null;
    }
  }

  private static String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  /** Lives as long as the browser's session ({@code maxAge} -1) or ends now (0). */
  private static ResponseCookie cookie(String value, long maxAge) {
    return ResponseCookie.from(COOKIE, value)
        .path("/")
        .httpOnly(true)
        .secure(true)
        .sameSite("Lax")
        .maxAge(maxAge)
        .build();
  }
}
