package cn.onegrid.server.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QGIS (Debian 12's 3.22, headless through PyQGIS) reads a collection as a town office's QGIS does:
 * its OGC API - Features provider, signed in by its Basic authentication method with any user name
 * and a personal access token as the password. Skipped where PyQGIS is not installed ({@code
 * apt-get install python3-qgis}); CI does not install it.
 */
class QgisClientIT extends ApiTest {

  /** Debian's PyQGIS is for Debian's own Python, whatever python3 comes first on the path. */
  private static final String PYTHON = "/usr/bin/python3";

  @TempDir Path profile;

  @BeforeAll
  static void pyQgisIsInstalled() {
    assumeTrue(
        run("-c", "import qgis.core").exitCode() == 0,
        "PyQGIS is not installed (apt-get install python3-qgis)");
  }

  @Test
  void qgisReadsACollectionWithTheTokenAsItsBasicPassword() {
    Result read = read("committees", token(TestAccount.STAFF, false));
    assertThat(read.exitCode()).as(read.output()).isZero();
    assertThat(read.output()).contains("valid: True").contains("features: 2");
  }

  @Test
  void qgisWithAnUnknownTokenReadsNothing() {
    Result read = read("committees", "og_unknown");
    assertThat(read.exitCode()).as(read.output()).isZero();
    assertThat(read.output()).contains("valid: False").contains("features: 0");
  }

  private Result read(String collection, String token) {
    try (InputStream script = getClass().getResourceAsStream("/qgis/read-collection.py")) {
      return run(script.readAllBytes(), "-", url(""), collection, token, profile.toString());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Result run(String... arguments) {
    return run(new byte[0], arguments);
  }

  /** Runs Debian's Python with {@code stdin} as its standard input. */
  private static Result run(byte[] stdin, String... arguments) {
    String[] command = new String[arguments.length + 1];
    command[0] = PYTHON;
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin);
      }
      byte[] output = process.getInputStream().readAllBytes();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Result(-1, e.getMessage()); // no Debian Python: nothing to read with
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private record Result(int exitCode, String output) {}
}
