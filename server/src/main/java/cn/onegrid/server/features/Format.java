package cn.onegrid.server.features;

import cn.onegrid.data.InvalidQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/**
 * The representation a client asked for: {@code f=json|html} first, else its {@code Accept} header
 * (a browser's prefers HTML), else JSON.
 */
public enum Format {
  JSON,
  HTML;

  /** The value of {@code f} that asks for this representation. */
  public String parameter() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Format of(HttpServletRequest request) {
    String f = request.getParameter("f");
    if (f != null) {
      return switch (f) {
        case "json" -> JSON;
        case "html" -> HTML;
        default -> throw InvalidQuery.of("f", "query.format", f);
      };
    }
    String accept = request.getHeader("Accept");
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    for (MediaType type :
        MediaType.parseMediaTypes(accept).stream()
            .sorted(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed())
            .toList()) {
      if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
        return HTML;
      }
      if (type.getSubtype().endsWith("json") || type.isWildcardType()) {
        return JSON;
      }
    }
    return JSON;
  }
}
