package cn.onegrid.server.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where a visitor was going when sent to sign in, kept in a cookie (visitors get no session) so
 * that sign-in goes on there. Only the address is kept: the request that arrives there is served as
 * it is, not replaced by the saved one, which a cookie holds without its headers (the map page
 * would be asked for without {@code Accept: text/html} and answered as JSON).
 */
public final class WhereVisitorsWent implements RequestCache {

  private final CookieRequestCache cookie = new CookieRequestCache();

  /**
   * @param pages the requests worth going back to: pages, not data
   */
  public WhereVisitorsWent(RequestMatcher pages) {
    cookie.setRequestMatcher(pages);
  }

  @Override
  public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
    cookie.saveRequest(request, response);
  }

  @Override
  public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
    return cookie.getRequest(request, response);
  }

  /** Forgets the address once the visitor has arrived there, and serves the request as sent. */
  @Override
  public HttpServletRequest getMatchingRequest(
      HttpServletRequest request, HttpServletResponse response) {
    cookie.getMatchingRequest(request, response);
    return null;
  }

  @Override
  public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
    cookie.removeRequest(request, response);
  }
}
