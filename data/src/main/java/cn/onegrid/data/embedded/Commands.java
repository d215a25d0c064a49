package cn.onegrid.data.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a PostgreSQL tool to completion and keeps what it printed for the error message. */
final class Commands {

  private static final long TIMEOUT_SECONDS = 120;

  record Result(int exitCode, String output) {}

  private Commands() {}

  /**
   * Runs {@code command}, prefixed by {@code prefix} when given (see {@link PrivilegeDrop}), and
   * returns its exit code and output; a command that cannot start or hangs is an error.
   */
  static Result run(List<String> prefix, String... command) {
    return run(prefix, Map.of(), command);
  }

  /** Like {@link #run}, with these variables added to the command's environment. */
  static Result run(List<String> prefix, Map<String, String> environment, String... command) {
    List<String> line = new ArrayList<>(prefix == null ? List.of() : prefix);
    line.addAll(List.of(command));
    try {
      ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new EmbeddedPostgisException("Timed out: " + String.join(" ", line));
      }
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new EmbeddedPostgisException("Cannot run " + line.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedPostgisException("Interrupted: " + String.join(" ", line), e);
    }
  }

  /** Like {@link #run} but an exit code other than 0 is an error quoting the tool's output. */
  static String require(List<String> prefix, String... command) {
    return require(prefix, Map.of(), command);
  }

  /** Like {@link #require}, with these variables added to the command's environment. */
  static String require(List<String> prefix, Map<String, String> environment, String... command) {
    Result result = run(prefix, environment, command);
    if (result.exitCode() != 0) {
      throw new EmbeddedPostgisException(
          command[0] + " failed (exit " + result.exitCode() + "): " + result.output());
    }
    return result.output();
  }
}
