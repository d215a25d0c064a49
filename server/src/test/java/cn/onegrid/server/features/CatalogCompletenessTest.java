package cn.onegrid.server.features;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Property;
import cn.onegrid.server.Bundles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every collection of the catalogue has what the page needs to show it: a style in the palette and
 * a name in both message files; and what the server says of it, a title, a description and what
 * each property means in both bundles. The page's own modules are read by Node.js (which the tests
 * need for ESLint anyway), so what is checked is what the browser loads.
 */
class CatalogCompletenessTest {

  private static final Path STATIC = Path.of("../web/src/main/resources/static").toAbsolutePath();
  private static final String[] BUNDLES = {"/messages.properties", "/messages_en.properties"};
  private static JsonNode page;

  @BeforeAll
  static void readThePagesModules() throws IOException, InterruptedException {
    String script =
        """
        const base = new URL('%s/');
        const [palette, zh, en] = await Promise.all(
          ['js/palette.js', 'i18n/zh-CN.js', 'i18n/en.js'].map((f) => import(new URL(f, base))));
        console.log(JSON.stringify({
          styles: Object.keys(palette.LAYER_STYLES),
          zh: Object.keys(zh.default), en: Object.keys(en.default) }));
        """
            .formatted(STATIC.toUri().toString().replaceAll("/$", ""));
    Process node =
        new ProcessBuilder("node", "--input-type=module", "-e", script)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor()).as("node read the page's modules").isZero();
    page = JsonMapper.builder().build().readTree(out);
  }

  @Test
  void everyCollectionHasAStyle() {
    assertThat(strings("styles"))
        .containsAll(Catalog.all().stream().map(Collection::styleKey).toList());
  }

  @Test
  void everyCollectionHasANameInChineseAndEnglish() {
    var titles = Catalog.all().stream().map(Collection::titleKey).toList();
    assertThat(strings("zh")).containsAll(titles);
    assertThat(strings("en")).containsAll(titles);
  }

  @Test
  void everyCollectionHasATitleAndADescriptionInBothBundles() throws IOException {
    for (String bundle : BUNDLES) {
      Properties messages = Bundles.load(bundle);
      for (Collection collection : Catalog.all()) {
        assertThat(messages.getProperty(collection.messageKey("title")))
            .as("%s in %s", collection.messageKey("title"), bundle)
            .isNotBlank();
        assertThat(messages.getProperty(collection.messageKey("description")))
            .as("%s in %s", collection.messageKey("description"), bundle)
            .isNotBlank();
      }
    }
  }

  @Test
  void everyPropertySaysWhatItMeansInBothBundles() throws IOException {
    for (String bundle : BUNDLES) {
      Properties messages = Bundles.load(bundle);
      for (Collection collection : Catalog.all()) {
        for (Property property : collection.properties()) {
          List<String> keys = collection.propertyKeys(property);
          assertThat(keys.stream().map(messages::getProperty).filter(Objects::nonNull))
              .as("one of %s in %s", keys, bundle)
              .isNotEmpty()
              .allSatisfy(text -> assertThat(text).isNotBlank());
        }
      }
    }
  }

  private static List<String> strings(String member) {
    return page.path(member).valueStream().map(JsonNode::asString).toList();
  }
}
