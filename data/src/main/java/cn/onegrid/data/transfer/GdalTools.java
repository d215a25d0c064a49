package cn.onegrid.data.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs GDAL's {@code ogr2ogr} (Debian's gdal-bin) as a subprocess with an argument list: no shell
 * ever sees the arguments, and every argument is OneGrid's own (paths it made, driver names and
 * options from its enums, EPSG codes it checked). What GDAL says on standard error goes to a file
 * in the work folder, so a chatty run can never block on a full pipe; it is kept for the failure's
 * message.
 */
public final class Ogr2ogr {

  /** Longer than any export of a city should take; a stuck run is killed rather than waited on. */
  static final Duration TIMEOUT = Duration.ofMinutes(10);

  private static final int MESSAGE_CHARS = 2_000;

  private Ogr2ogr() {}

  /**
   * Runs {@code ogr2ogr arguments…} in {@code folder}.
   *
   * @throws GdalFailed when it cannot start, exits with an error or outlives {@link #TIMEOUT}
   */
  static void run(Path folder, List<String> arguments) {
    List<String> command = new ArrayList<>(arguments.size() + 1);
    command.add("ogr2ogr");
    command.addAll(arguments);
    Path errors = folder.resolve("ogr2ogr-" + System.nanoTime() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(errors.toFile());
    try {
      Process process = builder.start();
      process.getOutputStream().close(); // it reads nothing from us
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new GdalFailed("ogr2ogr took longer than " + TIMEOUT + ": " + arguments);
      }
      if (process.exitValue() != 0) {
        throw new GdalFailed(
            "ogr2ogr exited with " + process.exitValue() + ": " + tail(errors) + " " + arguments);
      }
    } catch (IOException e) {
      throw new GdalFailed("ogr2ogr could not start (is gdal-bin installed?): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GdalFailed("Interrupted while ogr2ogr ran: " + arguments);
    }
  }

  private static String tail(Path log) {
    try {
      String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
      return text.length() <= MESSAGE_CHARS ? text : text.substring(text.length() - MESSAGE_CHARS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GDAL could not do what OneGrid asked of it: OneGrid's failure, not the reader's. */
  public static final class GdalFailed extends RuntimeException {
    GdalFailed(String message) {
      super(message);
    }
  }
}
