package cn.onegrid.data;

import cn.onegrid.data.analysis.AnalysisThreads;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throwaway PostGIS of a test run: one embedded cluster (the same mechanism the server uses) in
 * a temporary folder, started on first use, shared by every test class of the JVM, stopped and
 * deleted when the JVM ends. Its database has the migrated schema and no data. {@link #data()} is
 * every data class built on it with the default settings, as the server builds them.
 */
public final class TestDatabase {

  public static final String DATABASE = "onegrid_test";

  private TestDatabase() {}

  private static final class Holder {
    static final Path DIR = createTempDir();
    static final EmbeddedPostgis CLUSTER = EmbeddedPostgis.start(DIR, 0, false);
    static final HikariDataSource DATA_SOURCE = migrated();
    static final AnalysisThreads THREADS = new AnalysisThreads(2);
    static final OneGridData DATA = new OneGridData(DATA_SOURCE, DataSettings.DEFAULTS, THREADS);

    private static HikariDataSource migrated() {
      CLUSTER.createDatabaseIfMissing(DATABASE);
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(CLUSTER.jdbcUrl(DATABASE));
      config.setUsername(EmbeddedPostgis.USER);
      config.setPassword(CLUSTER.password());
      config.setMaximumPoolSize(8);
      HikariDataSource dataSource = new HikariDataSource(config);
      Flyway.configure().dataSource(dataSource).load().migrate();
      Runtime.getRuntime().addShutdownHook(new Thread(Holder::shutdown, "test-postgis-stop"));
      return dataSource;
    }

    private static void shutdown() {
      THREADS.close();
      DATA_SOURCE.close();
      CLUSTER.close();
      try (var paths = Files.walk(DIR)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // best effort: the folder is in the system's temporary space
      }
    }
  }

  /** A data source on the migrated test database. */
  public static DataSource dataSource() {
    return Holder.DATA_SOURCE;
  }

  /** Every data class on the test database, with the default settings. */
  public static OneGridData data() {
    return Holder.DATA;
  }

  /** Every data class on the test database, with these settings. */
  public static OneGridData data(DataSettings settings) {
    return new OneGridData(Holder.DATA_SOURCE, settings, Holder.THREADS);
  }

  public static EmbeddedPostgis cluster() {
    return Holder.CLUSTER;
  }

  /** Empties every table of the schema, so a test starts from nothing. */
  public static void truncateAll() {
    JdbcClient.create(dataSource())
        .sql(
            "TRUNCATE town, committee, person, grid, duty_post, duty_post_member, duty_slot, analysis_stale,"
                + " analysis_town_stale, analysis_committee, analysis_feature, duty_slot_member, liaison, partner_unit,"
                + " volunteer_team, plan, plan_change, area_change, plan_post_change, post_change, account, access_token, audit_log, sign_in_failure, spring_session, import_mapping"
                + " RESTART IDENTITY CASCADE")
        .update();
  }

  private static Path createTempDir() {
    try {
      return Files.createTempDirectory("onegrid-test-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
