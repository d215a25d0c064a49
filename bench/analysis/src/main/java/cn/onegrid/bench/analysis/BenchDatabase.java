package cn.onegrid.bench.analysis;

import cn.onegrid.data.DataSettings;
import cn.onegrid.data.OneGridData;
import cn.onegrid.data.analysis.AnalysisThreads;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import cn.onegrid.data.sample.SampleCounts;
import cn.onegrid.data.sample.SampleDataset;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A throwaway embedded PostGIS for one benchmark trial: a cluster in a temporary folder (no fsync,
 * as in the tests), the migrated schema, one sample dataset, and the scratch tables the SQL side
 * writes to, and the data classes built on it with the default settings ({@link #data}). {@link
 * #close} stops the analysis threads and the cluster and deletes the folder.
 */
final class BenchDatabase implements AutoCloseable {

  private static final String DATABASE = "onegrid_bench";

  private final Path dir;
  private final EmbeddedPostgis cluster;
  private final HikariDataSource dataSource;
  private final AnalysisThreads threads = AnalysisThreads.perCore();
  private final OneGridData data;

  private BenchDatabase(Path dir, EmbeddedPostgis cluster, HikariDataSource dataSource) {
    this.dir = dir;
    this.cluster = cluster;
    this.dataSource = dataSource;
    this.data = new OneGridData(dataSource, DataSettings.DEFAULTS, threads);
  }

  /** Starts a cluster, migrates it and loads {@code dataset}; prints what it loaded. */
  static BenchDatabase with(SampleDataset dataset) {
    Path dir = tempDir();
    EmbeddedPostgis cluster = EmbeddedPostgis.start(dir, 0, false);
    CpuMeter.watch(dir.resolve("postgres").resolve("data"));
    cluster.createDatabaseIfMissing(DATABASE);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(cluster.jdbcUrl(DATABASE));
    config.setUsername(EmbeddedPostgis.USER);
    config.setPassword(cluster.password());
    config.setMaximumPoolSize(4);
    // Generous, but a runaway statement still ends.
    config.setConnectionInitSql("SET statement_timeout = '60min'");
    config.addDataSourceProperty(
        "options", "-c jit=off"); // as the server's pool (DatabaseConfiguration)
    HikariDataSource dataSource = new HikariDataSource(config);
    BenchDatabase db = new BenchDatabase(dir, cluster, dataSource);
    Flyway.configure().dataSource(dataSource).load().migrate();
    long start = System.nanoTime();
    SampleCounts counts = db.data().samples().load(dataset);
    db.jdbc().sql("VACUUM ANALYZE").update();
    PostgisAnalysis.createScratchTables(db.jdbc());
    System.err.printf(
        "%nDataset loaded in %.1f s: %d committees, %d duty posts, %d grids%n",
        (System.nanoTime() - start) / 1e9,
        counts.committees(),
        counts.dutyPosts(),
        counts.comprehensiveGrids() + counts.microGrids());
    return db;
  }

  private static final Map<String, BenchDatabase> SHARED = new ConcurrentHashMap<>();

  /**
   * One database per {@code key} for the whole JVM, loaded and prepared on first use and closed at
   * exit: a benchmark class whose methods share a city run them all with {@code -f 0} against one
   * load (a city load and its preparation take minutes; JMH sets up every method anew).
   */
  static BenchDatabase shared(
      String key, Supplier<SampleDataset> dataset, Consumer<BenchDatabase> prepare) {
    return SHARED.computeIfAbsent(
        key,
        k -> {
          BenchDatabase db = with(dataset.get());
          prepare.accept(db);
          Runtime.getRuntime().addShutdownHook(new Thread(db::close));
          return db;
        });
  }

  OneGridData data() {
    return data;
  }

  DataSource dataSource() {
    return dataSource;
  }

  JdbcClient jdbc() {
    return JdbcClient.create(dataSource);
  }

  /** Rows in {@code table} (a constant name from this module, never user input). */
  long count(String table) {
    return jdbc().sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  @Override
  public void close() {
    CpuMeter.freeze();
    threads.close();
    dataSource.close();
    cluster.close();
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // best effort: the folder is in the system's temporary space
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("onegrid-bench-analysis-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
