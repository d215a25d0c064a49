package cn.onegrid.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers, believed only from the configured proxies: from them the request takes the
 * host, scheme, prefix and client address the proxy saw; from anyone else the headers are removed
 * before anything reads them.
 */
final class TrustedProxies extends OncePerRequestFilter {

  private final List<IpAddressMatcher> proxies;
  private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
  private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

  TrustedProxies(ProxyProperties settings) {
    this.proxies = settings.trusted().stream().map(IpAddressMatcher::new).toList();
    remove.setRemoveOnly(true);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String from = request.getRemoteAddr();
    boolean trusted = proxies.stream().anyMatch(proxy -> proxy.matches(from));
    (trusted ? apply : remove).doFilter(request, response, chain);
  }
}
