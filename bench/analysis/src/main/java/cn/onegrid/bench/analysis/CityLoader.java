package cn.onegrid.bench.analysis;

import cn.onegrid.data.DataSettings;
import cn.onegrid.data.OneGridData;
import cn.onegrid.data.analysis.AnalysisThreads;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import cn.onegrid.data.sample.CityGenerator;
import cn.onegrid.data.sample.SampleCounts;
import cn.onegrid.data.sample.SampleDataset;
import cn.onegrid.data.sample.SampleTownGenerator;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scale benchmark's dataset ({@code bench/scale/run}): a generated city of N committees in a
 * kept, durable cluster laid out as OneGrid's own data folder ({@code <dir>/postgres}, database
 * {@code onegrid}), so OneGrid starts on it as it is. On an empty folder it generates and loads the
 * city; then, every time, it times one full analysis ({@code Analyst.recomputeAll}) and prints one
 * {@code SCALE key=value} line per figure for the script to collect.
 *
 * <pre>java -Xmx10g -cp benchmarks.jar cn.onegrid.bench.analysis.CityLoader DIR COMMITTEES</pre>
 */
public final class CityLoader {

  private static final String DATABASE = "onegrid"; // as the server's embedded database

  private CityLoader() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int committees = Integer.parseInt(args[1]);
    try (EmbeddedPostgis cluster = EmbeddedPostgis.start(dir, 0, true);
        AnalysisThreads threads = AnalysisThreads.perCore()) {
      cluster.createDatabaseIfMissing(DATABASE);
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(cluster.jdbcUrl(DATABASE));
      config.setUsername(EmbeddedPostgis.USER);
      config.setPassword(cluster.password());
      config.setMaximumPoolSize(4);
      config.setConnectionInitSql("SET statement_timeout = '120min'");
      try (HikariDataSource dataSource = new HikariDataSource(config)) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        OneGridData data = new OneGridData(dataSource, DataSettings.DEFAULTS, threads);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        if (jdbc.sql("SELECT count(*) FROM town").query(Long.class).single() == 0) {
          load(data, jdbc, committees);
        }
        long started = System.nanoTime();
        int analysed = data.analyst().recomputeAll();
        figure("analysis_s", seconds(started));
        figure("analysed_committees", analysed);
        figure(
            "database_bytes",
            jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single());
        for (String table : new String[] {"committee", "grid", "duty_post", "person"}) {
          figure(
              table + "_rows",
              jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
      }
    }
  }

  private static void load(OneGridData data, JdbcClient jdbc, int committees) {
    long started = System.nanoTime();
    SampleDataset city = CityGenerator.generate(SampleTownGenerator.DEFAULT_SEED, committees);
    figure("generate_s", seconds(started));
    System.gc();
    figure(
        "generated_heap_mb",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
    started = System.nanoTime();
    SampleCounts counts = data.samples().load(city);
    jdbc.sql("VACUUM ANALYZE").update();
    figure("load_s", seconds(started));
    System.out.println("SCALE loaded=" + counts);
  }

  private static double seconds(long started) {
    return Math.round((System.nanoTime() - started) / 1e8) / 10.0;
  }

  private static void figure(String key, Object value) {
    System.out.println("SCALE " + key + "=" + value);
    System.out.flush();
  }
}
