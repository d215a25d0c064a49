package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's production setup: {@code deploy/nginx/onegrid.conf} in front, with TLS, checked by
 * {@code scripts/nginx-check} (where nginx is installed; {@code scripts/require test} installs it).
 */
@TestPropertySource(properties = "onegrid.proxy.trusted=127.0.0.1")
class NginxProxyIT extends ApiTest {

  private static final Path SCRIPT = Path.of("..", "scripts", "nginx-check");

  @Test
  void theProductionProxyPassesItsChecks() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/sbin/nginx")) || onPath("nginx"), "nginx is installed");
    Process check =
        new ProcessBuilder(
                SCRIPT.toString(), String.valueOf(port), token(TestAccount.LEADER, false))
            .redirectErrorStream(true)
            .start();
    assertThat(check.waitFor(60, TimeUnit.SECONDS)).as("the check ends").isTrue();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.exitValue()).as(output).isZero();
    assertThat(output).contains("all checks passed");
  }

  private static boolean onPath(String command) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
  }
}
