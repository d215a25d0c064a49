package cn.onegrid.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server as the README's run command starts it: the demo profile, no database
 * configured, so it makes its embedded PostGIS, loads the sample town once, prints one account per
 * role, keeps every change across a SIGTERM and a restart.
 */
class RunCommandIT {

  private static final Path JAR = Path.of("target/onegrid.jar");
  private static final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dataDir;
  private Process server;

  @AfterEach
  void stopServer() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void firstStartLoadsTheTownAndARestartKeepsEveryChange() throws Exception {
    int httpPort = freePort();
    int dbPort = freePort();

    server = start(httpPort, dbPort);
    String health = awaitHealthy(httpPort);
    assertThat(health).contains("\"status\":\"UP\"").doesNotContain("committees");
    assertThat(committees(dbPort)).isEqualTo(58);
    awaitFirstAnalysis(dbPort); // its results move the revision too
    assertThat(demoPassword("leader")).as("the demo profile prints its accounts").isNotBlank();
    ApiClient leader = new ApiClient("http://127.0.0.1:" + httpPort);
    leader.login("leader", demoPassword("leader"));
    assertThat(leader.get("/summary").statusCode()).isEqualTo(200);

    try (Connection db = connect(dbPort)) {
      db.createStatement()
          .execute("UPDATE committee SET name = '金华社区（改）' WHERE code = '310114118009'");
    }
    long revision = revision(dbPort);

    server.destroy(); // SIGTERM
    assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(dataDir.resolve("postgres/data/postmaster.pid")).doesNotExist();

    server = start(httpPort, dbPort);
    assertThat(awaitHealthy(httpPort)).contains("\"status\":\"UP\"");
    assertThat(committees(dbPort)).isEqualTo(58);
    try (Connection db = connect(dbPort)) {
      var rows =
          db.createStatement()
              .executeQuery("SELECT name FROM committee WHERE code = '310114118009'");
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("金华社区（改）");
    }
    assertThat(revision(dbPort)).as("nothing reloaded over the data").isEqualTo(revision);
  }

  /** The password the demo profile printed last for this account. */
  private String demoPassword(String username) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    Pattern line = Pattern.compile("\\n  \\w+ +" + Pattern.quote(username) + " +(\\S+)");
    while (Instant.now().isBefore(deadline)) {
      Matcher found = line.matcher(Files.readString(dataDir.resolve("server.out")));
      String password = null;
      while (found.find()) {
        password = found.group(1);
      }
      if (password != null) {
        return password;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No demo account printed: see " + dataDir.resolve("server.out"));
  }

  private Process start(int httpPort, int dbPort) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(javaBinary(), "-jar", JAR.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.out").toFile()));
    builder.environment().put("SERVER_PORT", String.valueOf(httpPort));
    builder.environment().put("ONEGRID_DATA_DIR", dataDir.toString());
    builder.environment().put("ONEGRID_DB_EMBEDDEDPORT", String.valueOf(dbPort));
    builder.environment().remove("ONEGRID_DB_URL");
    builder.environment().put("SPRING_PROFILES_ACTIVE", "demo"); // as scripts/run
    return builder.start();
  }

  private String awaitHealthy(int port) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
    while (Instant.now().isBefore(deadline)) {
      assertThat(server.isAlive())
          .as("server died: see %s", dataDir.resolve("server.out"))
          .isTrue();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (IOException notYetListening) {
        // keep polling
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        "not healthy in time:\n" + Files.readString(dataDir.resolve("server.out")));
  }

  private void awaitFirstAnalysis(int dbPort) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      try (Connection db = connect(dbPort)) {
        var rows =
            db.createStatement()
                .executeQuery(
                    "SELECT NOT EXISTS (SELECT 1 FROM analysis_stale)"
                        + " AND NOT EXISTS (SELECT 1 FROM analysis_town_stale)"
                        + " AND (SELECT count(*) FROM analysis_committee)"
                        + " = (SELECT count(*) FROM committee)");
        rows.next();
        if (rows.getBoolean(1)) {
          return;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the first analysis did not finish in time");
  }

  private Connection connect(int dbPort) throws Exception {
    String password = Files.readString(dataDir.resolve("postgres/password")).strip();
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + dbPort + "/onegrid", "onegrid", password);
  }

  private long committees(int dbPort) throws Exception {
    try (Connection db = connect(dbPort)) {
      var rows = db.createStatement().executeQuery("SELECT count(*) FROM committee");
      rows.next();
      return rows.getLong(1);
    }
  }

  private long revision(int dbPort) throws Exception {
    try (Connection db = connect(dbPort)) {
      var rows = db.createStatement().executeQuery("SELECT revision FROM data_revision");
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
