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
 * Runs GDAL's {@code ogr2ogr} and {@code ogrinfo} (Debian's gdal-bin) as subprocesses with an
 * argument list: no shell ever sees the arguments, and every argument is OneGrid's own (paths it
 * made, driver names and options from its enums, EPSG codes it checked). What a tool prints goes to
 * files in the work folder, so a chatty run can never block on a full pipe; standard error is kept
 * for the failure's message.
 */
public final class GdalTools {

  /** Longer than any export of a city should take; a stuck run is killed rather than waited on. */
  static final Duration TIMEOUT = Duration.ofMinutes(10);

  private static final int MESSAGE_CHARS = 2_000;

  private GdalTools() {}

  /** {@code ogr2ogr arguments…} in {@code folder}. */
  public static void ogr2ogr(Path folder, List<String> arguments) {
    run(folder, "ogr2ogr", arguments);
  }

  /** {@code ogrinfo arguments…} in {@code folder}: what it printed. */
  static String ogrinfo(Path folder, List<String> arguments) {
    return run(folder, "ogrinfo", arguments);
  }

  /**
   * @throws GdalFailed when the tool cannot start, exits with an error or outlives {@link #TIMEOUT}
   */
  private static String run(Path folder, String program, List<String> arguments) {
    List<String> command = new ArrayList<>(arguments.size() + 1);
    command.add(program);
    command.addAll(arguments);
    long run = System.nanoTime();
    Path output = folder.resolve(program + "-" + run + ".out");
    Path errors = folder.resolve(program + "-" + run + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile());
    try {
      Process process = builder.start();
      process.getOutputStream().close(); // it reads nothing from us
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new GdalFailed(program + " took longer than " + TIMEOUT + ": " + arguments);
      }
      if (process.exitValue() != 0) {
        throw new GdalFailed(
            program
                + " exited with "
                + process.exitValue()
                + ": "
                + tail(errors)
                + " "
                + arguments);
      }
      return text(output);
    } catch (IOException e) {
      throw new GdalFailed(
          program + " could not start (is gdal-bin installed?): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GdalFailed("Interrupted while " + program + " ran: " + arguments);
    }
  }

  private static String tail(Path log) {
    String text = text(log).strip();
    return text.length() <= MESSAGE_CHARS ? text : text.substring(text.length() - MESSAGE_CHARS);
  }

  private static String text(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
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
