package cn.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The map page names every module its script imports up front ({@code <link rel="modulepreload">}),
 * so the browser fetches them all at once rather than a level of imports at a time (four levels,
 * each a round trip, were a third of the first view). The list is kept here equal to the imports: a
 * module added without its link, or a link left after its module went, fails.
 */
class ModulePreloadTest {

  private static final Path STATIC = Path.of("src", "main", "resources", "static");

  /** {@code import … from './x.js'}, {@code export … from './x.js'}, {@code import './x.js'}. */
  private static final Pattern STATIC_IMPORT =
      Pattern.compile(
          "^\\s*(?:(?:import|export)\\s[^'\";]*?from\\s*|import\\s*)['\"]([^'\"]+)['\"]",
          Pattern.MULTILINE);

  private static final Pattern PRELOAD =
      Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">");

  @Test
  void theMapPagePreloadsExactlyTheModulesItsScriptImports() {
    Set<String> preloaded = new LinkedHashSet<>();
    Matcher links = PRELOAD.matcher(read(STATIC.resolve("index.html")));
    while (links.find()) {
      preloaded.add(links.group(1));
    }
    assertThat(preloaded).containsExactlyInAnyOrderElementsOf(importedBy("js/main.js"));
  }

  /** Every module the given one imports statically, directly or not, as paths from the root. */
  private static Set<String> importedBy(String module) {
    Set<String> found = new LinkedHashSet<>();
    Deque<String> toRead = new ArrayDeque<>(Set.of(module));
    while (!toRead.isEmpty()) {
      Path file = Path.of(toRead.pop());
      Matcher imports = STATIC_IMPORT.matcher(read(STATIC.resolve(file)));
      while (imports.find()) {
        String imported = file.resolveSibling(imports.group(1)).normalize().toString();
        if (found.add(imported) && !imported.startsWith("webjars")) {
          toRead.push(imported);
        }
      }
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
