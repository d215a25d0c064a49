package cn.onegrid.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Static SQL from {@code src/main/resources/sql}, read once. */
public final class SqlResource {

  private SqlResource() {}

  public static String load(String path) {
    try (InputStream in = SqlResource.class.getResourceAsStream("/sql/" + path)) {
      if (in == null) {
        throw new IllegalStateException("Missing SQL resource sql/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
