package cn.onegrid.data.analysis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * The threads analysis computes on: a fork-join pool (the analyses fork into the pool they run on)
 * owned by whoever made it, and shut down when that owner closes it. Not the common pool, which
 * leaves a core to the caller: here the caller mostly waits for the database. Closing lets running
 * work finish and refuses new work, so a catch-up cut short leaves its committees stale.
 */
public final class AnalysisThreads implements AutoCloseable {

  private final ForkJoinPool pool;

  public AnalysisThreads(int threads) {
    this.pool = new ForkJoinPool(threads);
  }

  /** One computing thread per core. */
  public static AnalysisThreads perCore() {
    return new AnalysisThreads(Runtime.getRuntime().availableProcessors());
  }

  <T> CompletableFuture<T> supply(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, pool);
  }

  public boolean isClosed() {
    return pool.isShutdown();
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
