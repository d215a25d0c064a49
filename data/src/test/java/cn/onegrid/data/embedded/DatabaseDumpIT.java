package cn.onegrid.data.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A backup of the test database, restored into a new data folder, holds the same data. */
class DatabaseDumpIT {

  private static final String SAME_DATA =
      "SELECT (SELECT string_agg(code || name, ',' ORDER BY code) FROM committee)"
          + " || (SELECT string_agg(code || ST_AsText(boundary), ',' ORDER BY code) FROM grid)"
          + " || (SELECT revision FROM data_revision)"
          + " || (SELECT max(version) FROM flyway_schema_history)";

  @TempDir Path folder;

  @Test
  void backupRestoredIntoANewDataFolderHoldsTheSameData() throws Exception {
    TwoCommittees.load();
    JdbcClient source = JdbcClient.create(TestDatabase.dataSource());
    EmbeddedPostgis cluster = TestDatabase.cluster();
    Path file = folder.resolve("onegrid.dump");

    DatabaseDump.backup(
        cluster.jdbcUrl(TestDatabase.DATABASE), EmbeddedPostgis.USER, cluster.password(), file);
    assertThat(Files.readAllBytes(file)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));

    try (EmbeddedPostgis restored = EmbeddedPostgis.start(folder.resolve("new"), 0, false)) {
      restored.createDatabaseIfMissing("onegrid");
      DatabaseDump.restore(
          file, restored.jdbcUrl("onegrid"), EmbeddedPostgis.USER, restored.password());
      JdbcClient copy =
          JdbcClient.create(
              new DriverManagerDataSource(
                  restored.jdbcUrl("onegrid"), EmbeddedPostgis.USER, restored.password()));
      String expected = source.sql(SAME_DATA).query(String.class).single();
      assertThat(expected).isNotBlank();
      assertThat(copy.sql(SAME_DATA).query(String.class).single()).isEqualTo(expected);
      assertThat(copy.sql("SELECT count(*) FROM committee").query(Long.class).single())
          .isEqualTo(source.sql("SELECT count(*) FROM committee").query(Long.class).single());
    }
    assertThat(List.of(folder.resolve("new/postgres/data/PG_VERSION"))).allMatch(Files::exists);
  }
}
