package cn.onegrid.bench.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL side of the comparison: the same work as {@code cn.onegrid.data.analysis.Analyst}, done
 * by PostGIS ({@code committees.sql}, {@code town.sql}) and stored in the scratch tables. It drives
 * the same queue the same way: stale committees in batches of at most 200, one transaction each,
 * then the stale towns, so only the analysis itself differs.
 *
 * <p>One worker is one PostgreSQL backend, so one core. Since {@code Analyst} computes on every
 * core, {@code workers} connections can drain the queue side by side ({@code FOR UPDATE SKIP
 * LOCKED} hands each its own committees), with batches cut so that every worker gets some.
 */
final class PostgisAnalysis {

  private static final int BATCH = 200;
  private static final String COMMITTEES = sql("committees.sql");
  private static final String TOWN = sql("town.sql");

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final int workers;

  PostgisAnalysis(DataSource dataSource, int workers) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.workers = workers;
  }

  /** Creates bench_sql_committee and bench_sql_feature. */
  static void createScratchTables(JdbcClient jdbc) {
    for (String statement : sql("scratch-tables.sql").split(";\\s*\n")) {
      if (!statement.isBlank()) {
        jdbc.sql(statement).update();
      }
    }
  }

  /**
   * Like {@code Analyst.catchUp()}: recomputes the stale committees, then the stale towns (one
   * backend: in the last batch's transaction, as Analyst does).
   */
  int catchUp() {
    if (workers == 1) {
      return drain(BATCH, true);
    }
    long stale = jdbc.sql("SELECT count(*) FROM analysis_stale").query(Long.class).single();
    int batch = (int) Math.max(1, Math.min(BATCH, (stale + workers - 1) / workers));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    int done = 0;
    try {
      List<Future<Integer>> drained = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        drained.add(pool.submit(() -> drain(batch, false)));
      }
      for (Future<Integer> worker : drained) {
        done += worker.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("A SQL worker failed", e);
    } finally {
      pool.shutdownNow();
    }
    transactions.executeWithoutResult(status -> recomputeStaleTowns());
    return done;
  }

  /**
   * Recomputes stale committees, {@code batch} per transaction, until a batch comes back short (as
   * {@code Analyst.catchUp} stops), with the stale towns in the last transaction if {@code
   * withTowns}.
   */
  private int drain(int batch, boolean withTowns) {
    int done = 0;
    while (true) {
      int n =
          transactions.execute(
              status -> {
                int committees = recomputeStaleBatch(batch);
                if (withTowns && committees < batch) {
                  recomputeStaleTowns();
                }
                return committees;
              });
      done += n;
      if (n < batch) {
        return done;
      }
    }
  }

  /** Like {@code Analyst.recomputeAll()}. */
  int recomputeAll() {
    jdbc.sql(
            "INSERT INTO analysis_stale (committee_id) SELECT id FROM committee ON CONFLICT DO NOTHING")
        .update();
    jdbc.sql("INSERT INTO analysis_town_stale (town_id) SELECT id FROM town ON CONFLICT DO NOTHING")
        .update();
    return catchUp();
  }

  private int recomputeStaleBatch(int batch) {
    List<Long> ids =
        jdbc.sql(
                """
                DELETE FROM analysis_stale WHERE committee_id IN (
                    SELECT committee_id FROM analysis_stale ORDER BY committee_id LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING committee_id
                """)
            .param("batch", batch)
            .query(Long.class)
            .list();
    if (!ids.isEmpty()) {
      tuneTransaction();
      // As AnalysisStore deletes: through a plain index scan, which marks earlier versions dead in
      // the index (a bitmap scan walks them all again until the next vacuum); then the planner's
      // choice again for the analysis.
      jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
      jdbc.sql("DELETE FROM bench_sql_feature WHERE committee_id = ANY (:ids)")
          .param("ids", ids.toArray(Long[]::new))
          .update();
      jdbc.sql("SET LOCAL enable_bitmapscan = on").update();
      jdbc.sql(COMMITTEES).param("ids", ids.toArray(Long[]::new)).update();
    }
    return ids.size();
  }

  private void recomputeStaleTowns() {
    List<Integer> towns =
        jdbc.sql("DELETE FROM analysis_town_stale RETURNING town_id").query(Integer.class).list();
    for (int town : towns) {
      tuneTransaction();
      jdbc.sql(TOWN).param("town", town).update();
    }
  }

  /**
   * Two settings a DBA would give these statements, set for their transaction only (the figures are
   * in each item; {@code -Donegrid.bench.tuned=false} keeps the server's defaults):
   *
   * <ul>
   *   <li>{@code jit = off}: PostGIS's functions declare high costs, so the statements pass
   *       jit_above_cost and PostgreSQL 15 spends about 2 s compiling each with LLVM, for nothing
   *       (the time goes into GEOS, not into expressions).
   *   <li>{@code plan_cache_mode = force_custom_plan}: pgjdbc prepares a statement on the server
   *       from its fifth use, and PostgreSQL then switches to a generic plan, which cannot see how
   *       many committees {@code = ANY (:ids)} holds and runs 3 to 7 times slower.
   * </ul>
   */
  private void tuneTransaction() {
    if (!"false".equals(System.getProperty("onegrid.bench.tuned"))) {
      jdbc.sql("SET LOCAL jit = off").update();
      jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    }
  }

  private static String sql(String name) {
    try (InputStream in = PostgisAnalysis.class.getResourceAsStream("/bench/analysis/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource bench/analysis/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
