package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import cn.onegrid.data.embedded.EmbeddedPostgisException;
import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server on the test run's PostGIS as primary and a hot standby of it, made from the machine's
 * PostgreSQL binaries ({@code pg_basebackup -R}) and following it by streaming replication. The
 * standby's replay is paused to tell the two apart: what the standby has not replayed, a reader
 * served by it does not see.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsIT extends ApiTest {

  private static final String COMMITTEE = "310114118009";
  private static final String CARD = "/cards/committees/" + COMMITTEE;
  private static final String POST_AREA = "/collections/duty-post-areas/items/310114118009P01";
  private static final Path STANDBY_DIR = tempDir();
  private static EmbeddedPostgis standby;
  private static HikariDataSource standbyData;

  private final JdbcClient onStandby = JdbcClient.create(standbyData());

  @DynamicPropertySource
  static void standby(DynamicPropertyRegistry registry) {
    registry.add("onegrid.db.replica.url", () -> standby().jdbcUrl(TestDatabase.DATABASE));
    registry.add("onegrid.db.replica.check-every", () -> "100ms");
    registry.add("onegrid.db.replica.max-lag", () -> "5s");
  }

  @AfterAll
  static void removeTheStandby() {
    standbyData.close();
    try {
      standby.close();
    } catch (EmbeddedPostgisException notStopped) {
      // after its kill -9 and restart, pg_ctl may give up waiting: the test leaves no server behind
      ProcessHandle.of(standby.serverPid()).ifPresent(ProcessHandle::destroyForcibly);
    }
    try (var paths = Files.walk(STANDBY_DIR)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // best effort: the folder is in the system's temporary space
    }
  }

  /** Signed in (a write) before the standby has caught up, and its replay running. */
  @BeforeEach
  void standbyCaughtUp() throws InterruptedException {
    as(TestAccount.LEADER).csrfToken();
    as(TestAccount.PLANNER).csrfToken();
    resumeReplay();
    waitUntilTheStandbyHasReplayedEverything();
    as(TestAccount.LEADER).get("/account"); // the first read after catching up drops the cookie
    as(TestAccount.PLANNER).get("/account");
  }

  @Test
  void readsAreServedByTheStandby() throws InterruptedException {
    String before = as(TestAccount.LEADER).get(CARD).body();
    assertThat(before).contains("金华社区居委会");
    pauseReplay();
    jdbc.sql("UPDATE committee SET name = '金华社区（改名）' WHERE code = :code")
        .param("code", COMMITTEE)
        .update();

    assertThat(as(TestAccount.LEADER).get(CARD).body())
        .as("the standby has not replayed the rename")
        .isEqualTo(before);
    assertThat(
            onStandby
                .sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")
                .param("onegrid-standby")
                .query(Long.class)
                .single())
        .as("OneGrid's standby pool")
        .isPositive();
    resumeReplay();
    waitUntilTheStandbyHasReplayedEverything();
    assertThat(as(TestAccount.LEADER).get(CARD).body()).contains("金华社区（改名）");
  }

  @Test
  void whoeverWroteReadsTheirWriteBeforeTheStandbyHasIt() throws InterruptedException {
    ApiClient planner = as(TestAccount.PLANNER);
    String before = planner.get(POST_AREA).body();
    pauseReplay();
    HttpResponse<String> write =
        planner.send(
            "PUT",
            POST_AREA + "?change_reason=%E6%89%A9%E5%A4%A7",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[121.301,31.251],[121.309,31.251],[121.309,31.259],[121.301,31.259],"
                + "[121.301,31.251]]]}}",
            "Content-Type",
            "application/geo+json",
            "X-CSRF-TOKEN",
            planner.csrfToken(),
            "If-Match",
            "\"v1\"");
    assertThat(write.statusCode()).as(write.body()).isEqualTo(200);
    assertThat(write.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith(ReadYourWrites.COOKIE + "="));

    String after = planner.get(POST_AREA).body();
    assertThat(after).as("the writer reads the primary").isNotEqualTo(before);
    assertThat(as(TestAccount.LEADER).get(POST_AREA).body())
        .as("another reader is served by the paused standby")
        .isEqualTo(before);

    resumeReplay();
    waitUntilTheStandbyHasReplayedEverything();
    assertThat(as(TestAccount.LEADER).get(POST_AREA).body()).isEqualTo(after);
    HttpResponse<String> caughtUp = planner.get(POST_AREA);
    assertThat(caughtUp.body()).isEqualTo(after);
    assertThat(caughtUp.headers().allValues("Set-Cookie"))
        .as("the standby has the write: the cookie goes")
        .anySatisfy(cookie -> assertThat(cookie).contains("Max-Age=0"));
  }

  @Test
  void aStandbyFurtherBehindThanTheMaximumLagServesNoReads() throws InterruptedException {
    pauseReplay();
    jdbc.sql("UPDATE committee SET name = '金华社区（落后）' WHERE code = :code")
        .param("code", COMMITTEE)
        .update();
    Thread.sleep(7000); // past the maximum lag of 5 s
    assertThat(as(TestAccount.LEADER).get(CARD).body())
        .as("read on the primary: the standby has not replayed where the primary was 5 s ago")
        .contains("金华社区（落后）");
  }

  @Test
  @Order(Integer.MAX_VALUE) // last: a standby restarted after kill -9 may take long to answer
  void aStandbyThatDiesBreaksNoRead() throws InterruptedException {
    String card = as(TestAccount.LEADER).get(CARD).body();
    String items = features(as(TestAccount.LEADER).get("/collections/micro-grids/items"));
    ProcessHandle.of(standby.serverPid()).orElseThrow().destroyForcibly();
    try {
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> read = as(TestAccount.LEADER).get(CARD);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(card);
        HttpResponse<String> page = as(TestAccount.LEADER).get("/collections/micro-grids/items");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(features(page)).isEqualTo(items);
      }
    } finally {
      standby.restart();
    }
  }

  private void resumeReplay() {
    onStandby.sql("SELECT pg_wal_replay_resume()").query().listOfRows();
  }

  private void pauseReplay() throws InterruptedException {
    onStandby.sql("SELECT pg_wal_replay_pause()").query().listOfRows();
    for (int i = 0; i < 100; i++) {
      String state =
          onStandby.sql("SELECT pg_get_wal_replay_pause_state()").query(String.class).single();
      if (state.equals("paused")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("The standby's replay did not pause");
  }

  /** Until the standby has replayed the primary's log as it is now, and OneGrid has seen it. */
  private void waitUntilTheStandbyHasReplayedEverything() throws InterruptedException {
    String primary =
        jdbc.sql("SELECT pg_current_wal_insert_lsn()::text").query(String.class).single();
    for (int i = 0; i < 200; i++) {
      boolean replayed =
          onStandby
              .sql("SELECT pg_last_wal_replay_lsn() >= ?::pg_lsn")
              .param(primary)
              .query(Boolean.class)
              .single();
      if (replayed) {
        Thread.sleep(300); // three of OneGrid's looks at the standby
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("The standby did not replay up to " + primary);
  }

  /** A page's features, without its time stamp. */
  private static String features(HttpResponse<String> page) {
    return JSON.readTree(page.body()).get("features").toString();
  }

  private static synchronized EmbeddedPostgis standby() {
    if (standby == null) {
      standby = EmbeddedPostgis.startStandby(STANDBY_DIR, TestDatabase.cluster(), 0, false);
    }
    return standby;
  }

  private static synchronized HikariDataSource standbyData() {
    if (standbyData == null) {
      standbyData = new HikariDataSource();
      standbyData.setJdbcUrl(standby().jdbcUrl(TestDatabase.DATABASE));
      standbyData.setUsername(EmbeddedPostgis.USER);
      standbyData.setPassword(standby().password());
      standbyData.setMaximumPoolSize(2);
    }
    return standbyData;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("onegrid-standby-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
