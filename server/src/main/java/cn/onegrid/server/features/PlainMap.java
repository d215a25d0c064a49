package cn.onegrid.server.features;

import cn.onegrid.data.features.Access;
import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The plain map: what visitors read when the visitors' map is on (outlines, no personal data). The
 * read rules and the visitor's {@code /api} both come from this one list; its collections are those
 * the catalogue puts on the plain map.
 */
public final class PlainMap {

  private static final List<String> PATTERNS =
      Stream.concat(
              Stream.of(
                  "/",
                  "/conformance",
                  "/api",
                  "/config",
                  "/basemaps/**",
                  "/summary",
                  "/search",
                  "/collections",
                  "/tileMatrixSets/**"),
              collections().stream().map(id -> "/collections/" + id + "/**"))
          .toList();

  private static final List<PathPattern> PARSED =
      PATTERNS.stream().map(PathPatternParser.defaultInstance::parse).toList();

  private PlainMap() {}

  /** The path patterns visitors may read (GET and HEAD). */
  public static String[] patterns() {
    return PATTERNS.toArray(String[]::new);
  }

  /** The ids of the collections on the plain map. */
  static List<String> collections() {
    return Catalog.readableBy(Access.PLAIN_MAP).stream().map(Collection::id).toList();
  }

  /** Whether a visitor may read this concrete path. */
  static boolean includes(String path) {
    PathContainer container = PathContainer.parsePath(path);
    return PARSED.stream().anyMatch(pattern -> pattern.matches(container));
  }
}
