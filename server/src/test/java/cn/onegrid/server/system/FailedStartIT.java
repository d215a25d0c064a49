package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.embedded.EmbeddedPostgisException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start that cannot work stops at once, saying in one line what to do. */
class FailedStartIT {

  @TempDir Path dataDir;

  @Test
  void httpPortInUseIsFoundBeforeAnyClusterIsMade() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(0));
      assertThatThrownBy(() -> DatabaseServer.of(embedded(0), taken.getLocalPort()))
          .isInstanceOf(StartFailure.class)
          .hasMessageContaining("port " + taken.getLocalPort() + " is in use")
          .hasMessageContaining("SERVER_PORT");
    }
    assertThat(dataDir.resolve("postgres")).doesNotExist();
  }

  @Test
  void databasePortInUseIsFoundBeforeAnyClusterIsMade() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      assertThatThrownBy(() -> DatabaseServer.of(embedded(taken.getLocalPort()), 0))
          .isInstanceOf(EmbeddedPostgisException.class)
          .hasMessageContaining("in use")
          .hasMessageContaining("ONEGRID_DB_EMBEDDEDPORT");
    }
    assertThat(dataDir.resolve("postgres/data")).doesNotExist();
  }

  @Test
  void unreachableExternalDatabaseSaysWhatToCheck() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closed + "/onegrid";
    OneGridProperties external =
        new OneGridProperties(
            new OneGridProperties.Data(dataDir, OneGridProperties.Sample.NONE),
            new OneGridProperties.Db(
                url,
                "onegrid",
                "secret",
                0,
                Duration.ofSeconds(60),
                Duration.ofSeconds(3),
                new OneGridProperties.Replica(
                    null, Duration.ofSeconds(1), Duration.ofSeconds(30))));
    assertThatThrownBy(() -> DatabaseServer.of(external, 0))
        .isInstanceOf(StartFailure.class)
        .hasMessageContaining("Cannot reach the database at " + url)
        .hasMessageContaining("ONEGRID_DB_URL");
  }

  @Test
  void theReportIsTheMessagesFirstLine() {
    var failure =
        new IllegalStateException(
            "context failed",
            new EmbeddedPostgisException("The embedded PostGIS did not start: why\nlog lines"));
    FailureAnalysis analysis = new StartFailureAnalyzer().analyze(failure);
    assertThat(analysis.getAction())
        .isEqualTo("OneGrid cannot start: The embedded PostGIS did not start: why");
    assertThat(new StartFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
  }

  private OneGridProperties embedded(int dbPort) {
    return new OneGridProperties(
        new OneGridProperties.Data(dataDir, OneGridProperties.Sample.NONE),
        new OneGridProperties.Db(
            null,
            null,
            null,
            dbPort,
            Duration.ofSeconds(60),
            Duration.ofSeconds(3),
            new OneGridProperties.Replica(null, Duration.ofSeconds(1), Duration.ofSeconds(30))));
  }
}
