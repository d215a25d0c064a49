package cn.onegrid.data.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgisIT {

  @TempDir Path dataDir;

  @Test
  void dataWrittenBeforeAStopIsThereAfterTheRestart() throws SQLException {
    try (EmbeddedPostgis cluster = EmbeddedPostgis.start(dataDir, 0, true)) {
      cluster.createDatabaseIfMissing("keep");
      try (Connection c = connect(cluster, "keep")) {
        c.createStatement()
            .execute("CREATE TABLE note (text text); INSERT INTO note VALUES ('kept')");
      }
    }
    try (EmbeddedPostgis cluster = EmbeddedPostgis.start(dataDir, 0, true)) {
      cluster.createDatabaseIfMissing("keep");
      try (Connection c = connect(cluster, "keep")) {
        var rows = c.createStatement().executeQuery("SELECT text FROM note");
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("kept");
      }
    }
  }

  @Test
  void postgisIsAvailable() throws SQLException {
    try (EmbeddedPostgis cluster = EmbeddedPostgis.start(dataDir, 0, false);
        Connection c = connect(cluster, "postgres")) {
      c.createStatement().execute("CREATE EXTENSION IF NOT EXISTS postgis");
      var rows = c.createStatement().executeQuery("SELECT ST_Area(ST_MakeEnvelope(0, 0, 2, 3))");
      rows.next();
      assertThat(rows.getDouble(1)).isEqualTo(6.0);
    }
  }

  @Test
  void secondServerOnTheSameFolderIsRefused() {
    try (EmbeddedPostgis first = EmbeddedPostgis.start(dataDir, 0, false)) {
      assertThatThrownBy(() -> EmbeddedPostgis.start(dataDir, 0, false))
          .isInstanceOf(EmbeddedPostgisException.class)
          .hasMessageContaining("Another OneGrid is using");
      assertThat(first.port()).isPositive();
    }
  }

  @Test
  void listensOnLoopbackOnlyWithPasswordAndNoUnixSocket() throws Exception {
    try (EmbeddedPostgis cluster = EmbeddedPostgis.start(dataDir, 0, false)) {
      assertThatThrownBy(
              () -> DriverManager.getConnection(cluster.jdbcUrl("postgres"), "onegrid", "wrong"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      try (Connection c = connect(cluster, "postgres")) {
        var rows = c.createStatement().executeQuery("SHOW unix_socket_directories");
        rows.next();
        assertThat(rows.getString(1)).isEmpty();
      }
      assertThat(
              Files.getPosixFilePermissions(dataDir.resolve("postgres/password")).stream()
                  .map(Enum::name))
          .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }
  }

  @Test
  void failedFirstStartLeavesNoHalfMadeCluster() throws Exception {
    Files.createDirectories(dataDir.resolve("postgres/data.init/leftover"));
    try (EmbeddedPostgis cluster = EmbeddedPostgis.start(dataDir, 0, false)) {
      assertThat(dataDir.resolve("postgres/data/PG_VERSION")).exists();
      assertThat(dataDir.resolve("postgres/data.init")).doesNotExist();
    }
  }

  private static Connection connect(EmbeddedPostgis cluster, String database) throws SQLException {
    return DriverManager.getConnection(
        cluster.jdbcUrl(database), EmbeddedPostgis.USER, cluster.password());
  }
}
