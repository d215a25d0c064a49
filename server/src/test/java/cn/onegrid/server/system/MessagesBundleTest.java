package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.Bundles;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages say everything: a key in one bundle and not the other fails here. */
class MessagesBundleTest {

  @Test
  void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
    Properties chinese = Bundles.load("/messages.properties");
    Properties english = Bundles.load("/messages_en.properties");
    assertThat(chinese.stringPropertyNames())
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  @Test
  void chineseMessagesAreChinese() throws IOException {
    Bundles.load("/messages.properties")
        .forEach(
            (key, text) ->
                assertThat(text.toString())
                    .as("messages.properties %s", key)
                    // Han characters, or Chinese punctuation alone (the list separator 、)
                    .containsPattern("[\\p{IsHan}\\u3000-\\u303F]"));
  }
}
