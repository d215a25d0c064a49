package cn.onegrid.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * Requests for a path that nothing serves: no controller maps it (for any method) and no static
 * file has it. The security rules let these through to Spring MVC, which answers 404; a path that
 * something serves and no rule names is still refused. Asked only of requests no rule matched, so
 * the map's requests never pay for the lookup.
 */
@Component
final class Unserved implements RequestMatcher {

  /** Where Spring Boot serves static files from (the map page's are in {@code static}). */
  private static final List<String> STATIC =
      List.of("static", "public", "resources", "META-INF/resources");

  private final ObjectProvider<HandlerMapping> controllers;

  Unserved(@Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers) {
    this.controllers = controllers;
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    return !mapped(request) && !isStaticFile(request);
  }

  private boolean mapped(HttpServletRequest request) {
    HandlerMapping mapping = controllers.getObject();
    Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
    try {
      if (mapping instanceof RequestMappingHandlerMapping) {
        ServletRequestPathUtils.parseAndCache(request);
      }
      return mapping.getHandler(request) != null;
    } catch (Exception e) {
      return true; // mapped, but not for this method or these media types
    } finally {
      if (parsed instanceof RequestPath path) {
        request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, path);
      } else {
        request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
      }
    }
  }

  private static boolean isStaticFile(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    return STATIC.stream().anyMatch(root -> new ClassPathResource(root + path).exists());
  }
}
