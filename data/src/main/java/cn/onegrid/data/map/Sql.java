package cn.onegrid.data.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Static SQL from {@code src/main/resources/sql}, read once. */
final class Sql {

  private Sql() {}

  static String load(String path) {
    try (InputStream in = Sql.class.getResourceAsStream("/sql/" + path)) {
      if (in == null) {
        throw new IllegalStateException("Missing SQL resource sql/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
