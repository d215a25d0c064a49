package cn.onegrid.server;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint Spring MVC maps, as {@code "GET /path/{var}"}: the list the authorization matrix
 * and {@code /api} are each checked against, so neither can miss an endpoint.
 */
public final class MappedEndpoints {

  private MappedEndpoints() {}

  public static Set<String> of(RequestMappingHandlerMapping mappings) {
    Set<String> mapped = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                  mapped.add("GET " + pattern);
                }
                methods.forEach(method -> mapped.add(method.name() + " " + pattern));
              }
            });
    return mapped;
  }
}
