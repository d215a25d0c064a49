package cn.onegrid.data.analysis;

import cn.onegrid.geo.Region;
import cn.onegrid.geo.health.Finding;
import cn.onegrid.geo.health.PartitionHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps analysis results current. {@link #catchUp()} takes the committees that edits marked stale,
 * recomputes only those, and stores their results in the same transaction that clears their marks:
 * a failure leaves them stale, and an edit during the run marks them again. Several servers on one
 * database analyse one at a time ({@link #ANALYSIS_LOCK}).
 */
public class Analyst {

  /**
   * The PostgreSQL advisory lock each batch's transaction takes first, for that transaction only:
   * the instance that cannot have it leaves the queue to the one that does, so two servers on one
   * database never analyse the same committees at once, nor load its cores with the same work.
   */
  static final long ANALYSIS_LOCK = 0x4f6e65477269644cL; // "OneGridL"

  /** What a batch returns when another instance holds {@link #ANALYSIS_LOCK}. */
  private static final int NOT_OUR_TURN = -1;

  /** Committees per transaction: keeps one run's locks short at city scale. */
  private static final int BATCH = 200;

  /** Committees per computing task: small, so that writing one overlaps computing the next. */
  private static final int CHUNK = 8;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final MetricFrame frame;
  private final AnalysisInputs inputs;
  private final AnalysisStore store;
  private final double walkingRadius;
  private final AnalysisThreads threads;

  /**
   * @param frame the metric frame committees are analysed in
   * @param walkingRadius catchment radius around each post, in metres
   * @param threads where the computing runs (the caller's thread only stores)
   */
  public Analyst(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      MetricFrame frame,
      double walkingRadius,
      AnalysisThreads threads) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.frame = frame;
    this.inputs = new AnalysisInputs(jdbc, frame);
    this.store = new AnalysisStore(jdbc, frame);
    this.walkingRadius = walkingRadius;
    this.threads = threads;
  }

  /**
   * Recomputes the committees and towns that are stale when it starts (later marks are left to the
   * next call); returns how many committees it recomputed. A short batch is the last: the towns go
   * into its transaction, so a single edit costs one transaction. Returns at once, having done
   * nothing more, while another instance is analysing.
   */
  public int catchUp() {
    int done = 0;
    while (true) {
      int batch = transactions.execute(status -> ourTurn() ? recomputeStaleBatch() : NOT_OUR_TURN);
      if (batch == NOT_OUR_TURN) {
        return done;
      }
      done += batch;
      if (batch < BATCH) {
        return done;
      }
    }
  }

  private boolean ourTurn() {
    return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)")
        .param(ANALYSIS_LOCK)
        .query(Boolean.class)
        .single();
  }

  /** Marks every committee and town stale, then catches up. */
  public int recomputeAll() {
    jdbc.sql(
            "INSERT INTO analysis_stale (committee_id) SELECT id FROM committee ON CONFLICT DO NOTHING")
        .update();
    jdbc.sql("INSERT INTO analysis_town_stale (town_id) SELECT id FROM town ON CONFLICT DO NOTHING")
        .update();
    return catchUp();
  }

  /**
   * One batch of stale committees; a short batch, the last, takes the stale towns too. Computing
   * (and preparing the rows) is pure, so the towns' partitions and chunks of committees run on
   * every core, while this thread, which holds the transaction's connection, writes each as soon as
   * it is ready: the database's share of the work overlaps the computing.
   */
  private int recomputeStaleBatch() {
    List<Long> ids =
        jdbc.sql(
                """
                DELETE FROM analysis_stale WHERE committee_id IN (
                    SELECT committee_id FROM analysis_stale ORDER BY committee_id LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING committee_id
                """)
            .param("batch", BATCH)
            .query(Long.class)
            .list();
    // The towns first: a town's partition is one task, and the committees' chunks fill the other
    // cores meanwhile.
    List<CompletableFuture<TownFindings>> towns = ids.size() < BATCH ? staleTowns() : List.of();
    List<CommitteeInput> loaded = inputs.load(ids);
    List<CompletableFuture<AnalysisStore.Rows>> chunks = new ArrayList<>();
    for (int from = 0; from < loaded.size(); from += CHUNK) {
      List<CommitteeInput> chunk = loaded.subList(from, Math.min(loaded.size(), from + CHUNK));
      chunks.add(threads.supply(() -> analyse(chunk)));
    }
    for (CompletableFuture<AnalysisStore.Rows> chunk : chunks) {
      store.write(join(chunk));
    }
    for (CompletableFuture<TownFindings> town : towns) {
      TownFindings done = join(town);
      store.replaceTownFindings(done.town(), done.findings());
    }
    return ids.size();
  }

  private AnalysisStore.Rows analyse(List<CommitteeInput> chunk) {
    return store.rows(
        chunk.stream().map(input -> CommitteeAnalysis.of(input, walkingRadius)).toList());
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** A town's committee-partition findings. */
  private record TownFindings(int town, List<Finding> findings) {}

  /** Takes the stale towns off the queue, reads them, and computes their partitions on the pool. */
  private List<CompletableFuture<TownFindings>> staleTowns() {
    List<Integer> towns =
        jdbc.sql("DELETE FROM analysis_town_stale RETURNING town_id").query(Integer.class).list();
    List<CompletableFuture<TownFindings>> computing = new ArrayList<>();
    for (int town : towns) {
      Region outline =
          new Region(
              "town",
              read(
                  jdbc.sql("SELECT ST_AsBinary(boundary) FROM town WHERE id = ?")
                      .param(town)
                      .query(byte[].class)
                      .single()));
      List<Region> committees =
          jdbc.sql(
                  "SELECT code, ST_AsBinary(boundary) AS b FROM committee WHERE town_id = ? ORDER BY code")
              .param(town)
              .query((row, n) -> new Region(row.getString("code"), read(row.getBytes("b"))))
              .list();
      computing.add(
          threads.supply(() -> new TownFindings(town, PartitionHealth.of(outline, committees))));
    }
    return computing;
  }

  private org.locationtech.jts.geom.Geometry read(byte[] wkb) {
    try {
      return frame.toMetres(new WKBReader().read(wkb));
    } catch (ParseException e) {
      throw new IllegalStateException("PostGIS sent unreadable WKB", e);
    }
  }
}
