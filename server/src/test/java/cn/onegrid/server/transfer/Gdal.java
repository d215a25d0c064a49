package cn.onegrid.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** GDAL's command-line tools (Debian's gdal-bin) as the tests' independent reader of files. */
public final class Gdal {

  private Gdal() {}

  /** {@code ogrinfo -ro -al args… file}: every layer's summary and features. */
  public static String ogrinfo(Path file, String... options) {
    List<String> command = new java.util.ArrayList<>(List.of("ogrinfo", "-ro", "-al"));
    command.addAll(List.of(options));
    command.add(file.toString());
    return run(file.getParent(), command);
  }

  /** Runs a GDAL command in {@code folder}, which must succeed; what it printed. */
  public static String run(Path folder, List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String text = new String(output, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("%s said %s", command, text).isZero();
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
