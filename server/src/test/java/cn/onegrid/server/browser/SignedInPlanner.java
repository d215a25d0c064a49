package cn.onegrid.server.browser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tests only: every request is made by the signed-in user {@value #NAME}, since writes need a
 * Principal and this branch has no sign-in yet.
 *
 * <p>TODO: replace with signing in as a user with the planner role (through the login page, with
 * its CSRF token) once Spring Security lands; then delete this class.
 */
@TestConfiguration(proxyBeanMethods = false)
class SignedInPlanner {

  static final String NAME = "planner-test";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> signedInPlanner() {
    Principal planner = () -> NAME;
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(
            new OncePerRequestFilter() {
              @Override
              protected void doFilterInternal(
                  HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws ServletException, IOException {
                chain.doFilter(
                    new HttpServletRequestWrapper(request) {
                      @Override
                      public Principal getUserPrincipal() {
                        return planner;
                      }

                      @Override
                      public String getRemoteUser() {
                        return NAME;
                      }
                    },
                    response);
              }
            });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
