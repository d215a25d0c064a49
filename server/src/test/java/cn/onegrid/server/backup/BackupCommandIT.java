package cn.onegrid.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.OneGridApplication;
import cn.onegrid.server.TestAccount;
import cn.onegrid.server.system.OneGridProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code backup} and {@code restore}: a backup restored into a new data folder serves the same
 * town, edits and accounts; each failure is its exit code and one line; daily backups keep a count.
 */
class BackupCommandIT extends ApiTest {

  private static final String AREA = "/collections/duty-post-areas/items/310114118009P01";

  @TempDir Path folder;
  @Autowired HikariDataSource pool;

  @Test
  void aBackupRestoredIntoANewFolderServesTheSameTownEditsAndAccounts() throws Exception {
    ApiClient planner = as(TestAccount.PLANNER);
    HttpResponse<String> edit =
        planner.send(
            "PUT",
            AREA + "?change_reason=%E6%89%A9%E5%A4%A7",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[121.301,31.251],[121.309,31.251],[121.309,31.259],[121.301,31.251]]]}}",
            "Content-Type",
            "application/geo+json",
            "If-Match",
            "\"v1\"",
            "X-CSRF-TOKEN",
            planner.csrfToken());
    assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
    String area = geometry(get(AREA).body());
    List<String> committees = committees(get("/collections/committees/items").body());
    Path file = folder.resolve("town.dump");

    BackupCommand.Outcome backup =
        BackupCommand.run("backup", file.toString(), dbUrl(), user(), pw());
    assertThat(backup.exitCode()).as(backup.line()).isZero();
    assertThat(backup.line()).contains("备份已写入", "Backup written to " + file);
    Path restored = folder.resolve("restored");
    BackupCommand.Outcome restore =
        BackupCommand.run("restore", file.toString(), "--data-dir", restored.toString());
    assertThat(restore.exitCode()).as(restore.line()).isZero();
    assertThat(restore.line()).contains("ONEGRID_DATA_DIR=" + restored);

    try (ConfigurableApplicationContext copy = startOn(restored)) {
      ApiClient there =
          new ApiClient(
              "http://localhost:" + copy.getEnvironment().getProperty("local.server.port"));
      HttpResponse<String> login = there.login(TestAccount.STAFF.username, TestAccount.PASSWORD);
      assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
      assertThat(geometry(there.get(AREA).body())).isEqualTo(area).contains("121.309");
      assertThat(committees(there.get("/collections/committees/items").body()))
          .containsExactlyElementsOf(committees)
          .hasSize(2);
    }
  }

  @Test
  void theEmbeddedClusterIsBackedUpWhileOneGridRunsAndWhenItIsStopped() throws Exception {
    Path dataDir = folder.resolve("data");
    try (EmbeddedPostgis cluster = EmbeddedPostgis.start(dataDir, 0, false)) {
      cluster.createDatabaseIfMissing(EmbeddedPostgis.DATABASE);
      JdbcClient.create(
              new DriverManagerDataSource(
                  cluster.jdbcUrl(EmbeddedPostgis.DATABASE),
                  EmbeddedPostgis.USER,
                  cluster.password()))
          .sql("CREATE TABLE note AS SELECT '江桥 while running'::text AS words")
          .update();
      BackupCommand.Outcome running =
          BackupCommand.run(
              "backup", folder.resolve("running.dump").toString(), dataDirOf(dataDir));
      assertThat(running.exitCode()).as(running.line()).isZero();
    }
    BackupCommand.Outcome stopped =
        BackupCommand.run("backup", folder.resolve("stopped.dump").toString(), dataDirOf(dataDir));
    assertThat(stopped.exitCode()).as(stopped.line()).isZero();
    assertThat(dataDir.resolve("postgres/data/postmaster.pid"))
        .as("the cluster started for the backup is stopped again")
        .doesNotExist();

    for (String dump : List.of("running.dump", "stopped.dump")) {
      Path restored = folder.resolve("from-" + dump);
      assertThat(BackupCommand.run("restore", folder.resolve(dump).toString(), dataDirOf(restored)))
          .extracting(BackupCommand.Outcome::exitCode)
          .isEqualTo(0);
      try (EmbeddedPostgis cluster = EmbeddedPostgis.start(restored, 0, false)) {
        String words =
            JdbcClient.create(
                    new DriverManagerDataSource(
                        cluster.jdbcUrl(EmbeddedPostgis.DATABASE),
                        EmbeddedPostgis.USER,
                        cluster.password()))
                .sql("SELECT words FROM note")
                .query(String.class)
                .single();
        assertThat(words).isEqualTo("江桥 while running");
      }
    }
  }

  @Test
  void aRestoreIntoAFolderThatHoldsAnythingIsRefusedAndTouchesNothing() throws Exception {
    Path file = folder.resolve("town.dump");
    assertThat(BackupCommand.run("backup", file.toString(), dbUrl(), user(), pw()).exitCode())
        .isZero();
    Path used = Files.createDirectories(folder.resolve("used"));
    Files.writeString(used.resolve("keep.txt"), "mine");

    BackupCommand.Outcome refused =
        BackupCommand.run("restore", file.toString(), "--data-dir=" + used);

    assertThat(refused.exitCode()).isEqualTo(BackupFailure.CANNOT_CREATE);
    assertThat(refused.line())
        .contains("不是空的", "is not empty", used.toString())
        .doesNotContain("\n");
    try (Stream<Path> left = Files.list(used)) {
      assertThat(left).containsExactly(used.resolve("keep.txt"));
    }
  }

  @Test
  void aFileThatIsNotABackupIsRefused() throws Exception {
    Path notes = Files.writeString(folder.resolve("notes.txt"), "hello");
    BackupCommand.Outcome refused =
        BackupCommand.run("restore", notes.toString(), dataDirOf(folder.resolve("new")));
    assertThat(refused.exitCode()).isEqualTo(BackupFailure.NO_INPUT);
    assertThat(refused.line()).contains("不是", "is not a backup");
    assertThat(folder.resolve("new")).doesNotExist();
  }

  @Test
  void aFileThatCannotBeWrittenIsOneLineAndItsExitCode() throws Exception {
    Path file = Files.writeString(folder.resolve("a-file"), "").resolve("town.dump");
    BackupCommand.Outcome failed =
        BackupCommand.run("backup", file.toString(), dbUrl(), user(), pw());
    assertThat(failed.exitCode()).isEqualTo(BackupFailure.CANNOT_CREATE);
    assertThat(failed.line())
        .startsWith("无法写入备份文件 " + file)
        .contains("Cannot write the backup file " + file)
        .doesNotContain("\n");
  }

  @Test
  void anUnreachableDatabaseIsOneLineAndItsExitCodeAndLeavesNoFile() throws Exception {
    Path file = folder.resolve("town.dump");
    BackupCommand.Outcome failed =
        BackupCommand.run(
            "backup",
            file.toString(),
            "--onegrid.db.url=jdbc:postgresql://127.0.0.1:1/onegrid",
            user(),
            pw());
    assertThat(failed.exitCode()).isEqualTo(BackupFailure.UNAVAILABLE);
    assertThat(failed.line())
        .contains("无法连接数据库", "Cannot reach the database at jdbc:postgresql://127.0.0.1:1")
        .doesNotContain("\n");
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void theJarRunsTheCommandsAndExitsWithTheirCodes() throws Exception {
    Path file = folder.resolve("town.dump");
    Ran ok = jar("backup", file.toString(), dbUrl(), user(), pw());
    assertThat(ok.exitCode()).as(ok.output()).isZero();
    assertThat(Files.readAllBytes(file)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));

    Ran usage = jar("backup");
    assertThat(usage.exitCode()).isEqualTo(BackupFailure.USAGE);
    assertThat(usage.output().strip()).isEqualTo(BackupCommand.USAGE);

    Ran unwritable = jar("backup", folder.resolve("no/such/folder/town.dump").toString());
    assertThat(unwritable.exitCode()).isEqualTo(BackupFailure.CANNOT_CREATE);
    assertThat(unwritable.output().strip().lines())
        .singleElement()
        .asString()
        .contains("Cannot write the backup file", "does not exist");
  }

  @Test
  void dailyBackupsKeepTheNewestAndNothingElseIsRemoved() throws Exception {
    Path backups = folder.resolve("backups");
    Files.createDirectories(backups);
    Files.writeString(backups.resolve("onegrid-20200101-030000.dump"), "oldest");
    Files.writeString(backups.resolve("onegrid-20200102-030000.dump"), "older");
    Files.writeString(backups.resolve("notes.txt"), "not a backup");
    DailyBackups daily =
        new DailyBackups(
            new BackupProperties(true, LocalTime.of(3, 0), backups, 2),
            new OneGridProperties(
                new OneGridProperties.Data(folder, OneGridProperties.Sample.NONE), null),
            pool);
    try {
      Path written = daily.backUp();
      assertThat(Files.readAllBytes(written))
          .startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));
      try (Stream<Path> left = Files.list(backups)) {
        assertThat(left.map(path -> path.getFileName().toString()))
            .containsExactlyInAnyOrder(
                written.getFileName().toString(), "onegrid-20200102-030000.dump", "notes.txt");
      }
    } finally {
      daily.destroy();
    }
  }

  private ConfigurableApplicationContext startOn(Path dataDir) {
    return new SpringApplicationBuilder(OneGridApplication.class)
        .properties(
            "server.port=0",
            "onegrid.data.dir=" + dataDir,
            "onegrid.data.sample=none",
            "onegrid.analysis.enabled=false")
        .run();
  }

  private record Ran(int exitCode, String output) {}

  /** Runs the packaged jar with these arguments, as a person would, to its end. */
  private Ran jar(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target/onegrid.jar").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("onegrid-jar", ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
    builder.environment().put("ONEGRID_DATA_DIR", folder.resolve("nothing-here").toString());
    builder.environment().remove("ONEGRID_DB_URL");
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command ended").isTrue();
    String output = Files.readString(out);
    Files.delete(out);
    return new Ran(process.exitValue(), output);
  }

  /** Each committee's code, name and geometry. */
  private static List<String> committees(String collection) {
    List<String> found = new ArrayList<>();
    for (JsonNode feature : JSON.readTree(collection).path("features")) {
      found.add(
          feature.at("/properties/code").asString()
              + feature.at("/properties/name").asString()
              + feature.path("geometry"));
    }
    return found;
  }

  private static String geometry(String feature) {
    return JSON.readTree(feature).path("geometry").toString();
  }

  private static String dataDirOf(Path dir) {
    return "--data-dir=" + dir;
  }

  private static String dbUrl() {
    return "--onegrid.db.url=" + TestDatabase.cluster().jdbcUrl(TestDatabase.DATABASE);
  }

  private static String user() {
    return "--onegrid.db.user=" + EmbeddedPostgis.USER;
  }

  private static String pw() {
    return "--onegrid.db.password=" + TestDatabase.cluster().password();
  }
}
