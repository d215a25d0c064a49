package cn.onegrid.server.system;

import cn.onegrid.data.features.FeatureRepository;
import cn.onegrid.data.map.MapRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP behaviour shared by every resource: strong ETags computed from the body (so an ETag changes
 * exactly when the bytes do, whatever changed the data), {@code If-None-Match} answered with 304,
 * {@code Cache-Control: no-cache} so clients revalidate instead of showing stale data, CORS for
 * reads.
 */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration implements WebMvcConfigurer {

  @Bean
  FeatureRepository featureRepository(DataSource dataSource) {
    return new FeatureRepository(dataSource);
  }

  @Bean
  MapRepository mapRepository(DataSource dataSource) {
    return new MapRepository(dataSource);
  }

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
    FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
        new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    registration.setOrder(1);
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

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    registry
        .addMapping("/**")
        .allowedOrigins("*")
        .allowedMethods("GET", "HEAD")
        .exposedHeaders("ETag", "Content-Crs", "Link");
  }
}
