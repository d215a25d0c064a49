package cn.onegrid.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The server's message bundles as the tests read them: UTF-8, as Spring reads them. */
public final class Bundles {

  private Bundles() {}

  /** A bundle on the classpath, e.g. {@code /messages_en.properties}. */
  public static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
