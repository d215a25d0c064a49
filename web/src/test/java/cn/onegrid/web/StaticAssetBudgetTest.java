package cn.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The page's own code stays small: what a browser downloads (gzipped, as the server sends it) for
 * the map page's scripts, messages and styles. Leaflet comes on top, from its WebJar. Raising a
 * budget is a decision to make in review, not a side effect.
 */
class StaticAssetBudgetTest {

  private static final Path STATIC = Path.of("src", "main", "resources", "static");

  /** Our scripts and both message files, gzipped one by one. */
  private static final int SCRIPTS_GZIP_BUDGET = 40 * 1024;

  /** Any one of them: a module that grows past this wants splitting. */
  private static final int ONE_SCRIPT_GZIP_BUDGET = 6 * 1024;

  private static final int STYLES_GZIP_BUDGET = 8 * 1024;

  @Test
  void scriptsStayWithinTheirBudget() {
    List<Path> scripts = files("js", "i18n");
    assertThat(scripts).as("the page's modules").hasSizeGreaterThan(10);
    assertThat(scripts.stream().mapToInt(StaticAssetBudgetTest::gzipped).sum())
        .as("gzipped bytes of all scripts")
        .isLessThanOrEqualTo(SCRIPTS_GZIP_BUDGET);
    assertThat(scripts)
        .allSatisfy(
            script ->
                assertThat(gzipped(script))
                    .as("gzipped bytes of %s", script)
                    .isLessThanOrEqualTo(ONE_SCRIPT_GZIP_BUDGET));
  }

  @Test
  void stylesStayWithinTheirBudget() {
    List<Path> styles;
    try (Stream<Path> css = Files.list(STATIC)) {
      styles = css.filter(p -> p.toString().endsWith(".css")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(styles.stream().mapToInt(StaticAssetBudgetTest::gzipped).sum())
        .isLessThanOrEqualTo(STYLES_GZIP_BUDGET);
  }

  private static List<Path> files(String... folders) {
    return Stream.of(folders)
        .flatMap(
            folder -> {
              try (Stream<Path> paths = Files.walk(STATIC.resolve(folder))) {
                return paths.filter(p -> p.toString().endsWith(".js")).toList().stream();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  private static int gzipped(Path file) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.size();
  }
}
