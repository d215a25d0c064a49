package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages say everything: a key in one bundle and not the other fails here. */
class MessagesBundleTest {

  @Test
  void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
    Properties chinese = load("/messages.properties");
    Properties english = load("/messages_en.properties");
    assertThat(chinese.stringPropertyNames())
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  @Test
  void chineseMessagesAreChinese() throws IOException {
    load("/messages.properties")
        .forEach(
            (key, text) ->
                assertThat(text.toString())
                    .as("messages.properties %s", key)
                    // Han characters, or Chinese punctuation alone (the list separator 、)
                    .containsPattern("[\\p{IsHan}\\u3000-\\u303F]"));
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
