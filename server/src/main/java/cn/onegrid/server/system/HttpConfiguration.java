package cn.onegrid.server.system;

import cn.onegrid.data.idempotency.IdempotentRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * HTTP behaviour shared by every resource: strong ETags, {@code If-None-Match} answered with 304,
 * {@code Cache-Control: no-cache} so clients revalidate instead of showing stale data, CORS for
 * reads. The data resources (items, features, tiles) set their ETag from the data revision ({@code
 * RevisionETags}) and skip the ETag filter, which would buffer and hash them; every other GET gets
 * its ETag from its body here (they are small, and some, like the collections' extents, change with
 * the data without a revision ETag).
 */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

  /** Forwarded headers from the configured proxies only, before anything reads the request. */
  @Bean
  FilterRegistrationBean<TrustedProxies> trustedProxies(ProxyProperties settings) {
    FilterRegistrationBean<TrustedProxies> registration =
        new FilterRegistrationBean<>(new TrustedProxies(settings));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Spring MVC picks the request's language as {@link Messages} does. */
  @Bean
  LocaleResolver localeResolver() {
    return Messages.localeResolver();
  }

  /** The data resources: their controllers set revision ETags, so their bodies are not buffered. */
  private static final List<PathPattern> REVISION_TAGGED =
      Stream.of(
              "/collections/{collectionId}/items",
              "/collections/{collectionId}/items/{featureId}",
              "/collections/{collectionId}/tiles/{matrixSet}/{z}/{row}/{col}")
          .map(PathPatternParser.defaultInstance::parse)
          .toList();

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
    FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
        new FilterRegistrationBean<>(
            new ShallowEtagHeaderFilter() {
              @Override
              protected boolean shouldNotFilter(HttpServletRequest request) {
                PathContainer path =
                    PathContainer.parsePath(
                        request.getRequestURI().substring(request.getContextPath().length()));
                return REVISION_TAGGED.stream().anyMatch(pattern -> pattern.matches(path));
              }
            });
    registration.setOrder(1);
    return registration;
  }

  /** After Spring Security: it needs who is asking, and the CSRF token checked. */
  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
      IdempotentRequests requests, Problems problems) {
    FilterRegistrationBean<IdempotencyFilter> registration =
        new FilterRegistrationBean<>(new IdempotencyFilter(requests, problems));
    registration.setOrder(2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> revalidateFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(
            new OncePerRequestFilter() {
              @Override
              protected void doFilterInternal(
                  HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws ServletException, IOException {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                chain.doFilter(request, response);
              }
            });
    registration.setOrder(0);
    return registration;
  }

  /**
   * CORS for reads, from anywhere (no credentials: a session cookie is never sent cross-origin).
   * Spring Security's CORS filter applies it to every request, preflights included; a source of its
   * own keeps that filter from looking up the request's handler a second time to find it.
   */
  @Bean
  CorsConfigurationSource corsConfigurationSource() {
    CorsConfiguration reads = new CorsConfiguration();
    reads.addAllowedOrigin("*");
    reads.setAllowedMethods(List.of("GET", "HEAD"));
    reads.addAllowedHeader("*");
    reads.setExposedHeaders(List.of("ETag", "Content-Crs", "Link"));
    reads.setMaxAge(Duration.ofMinutes(30));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", reads);
    return source;
  }
}
