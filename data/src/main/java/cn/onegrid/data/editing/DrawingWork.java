package cn.onegrid.data.editing;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Where drawings are cleaned: one daemon thread per core, so that however many planners send
 * drawings at once the geometry work never takes more than the cores. A drawing waits at most
 * {@link #QUEUE_WAIT} for a thread (behind at most {@link #QUEUE} others), then gets {@link
 * #TIME_LIMIT} and is interrupted when it runs over, its caller stops waiting or the caller's
 * client has gone away ({@link Abandonment}). The cleaning stops at its next step then (JTS cannot
 * be interrupted within one, so the size budget of {@code DrawingCleaner} keeps each step short).
 */
final class DrawingWork {

  /**
   * How long a cleaning may take. A planner's drawing takes milliseconds and drawings too complex
   * to clean are refused at once by their size; this is the backstop, loose enough for a cold JVM
   * on a busy machine.
   */
  static final Duration TIME_LIMIT = Duration.ofSeconds(5);

  /** How many drawings may wait for a thread: each is cleaned in milliseconds. */
  static final int QUEUE = 64;

  /** How long a drawing may wait for a thread before the server says it is busy. */
  static final Duration QUEUE_WAIT = Duration.ofSeconds(10);

  private final ThreadPoolExecutor threads;
  private final Duration limit;

  DrawingWork() {
    this(TIME_LIMIT);
  }

  DrawingWork(Duration limit) {
    this.limit = limit;
    int cores = Runtime.getRuntime().availableProcessors();
    this.threads =
        new ThreadPoolExecutor(
            cores,
            cores,
            1,
            TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(QUEUE),
            work -> {
              Thread thread = new Thread(work, "drawing-cleaner");
              thread.setDaemon(true);
              return thread;
            });
    threads.allowCoreThreadTimeOut(true);
  }

  /**
   * What work answers within the time limit; its refusals as they are.
   *
   * @throws InvalidEdit TOO_SLOW when it took too long or the caller was interrupted, BUSY when
   *     every thread and the queue are taken
   */
  <T> T run(Supplier<T> work) {
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<?> gone = Abandonment.signal();
    Future<T> submitted;
    try {
      submitted =
          threads.submit(
              () -> {
                started.countDown();
                return work.get();
              });
    } catch (RejectedExecutionException e) {
      throw busy();
    }
    Future<T> future = submitted;
    gone.whenComplete(
        (nothing, failure) -> {
          future.cancel(true);
          started.countDown(); // a drawing still queued stops waiting too
        });
    try {
      if (!started.await(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        future.cancel(true);
        throw busy();
      }
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (CancellationException e) {
      throw abandoned();
    } catch (TimeoutException e) {
      future.cancel(true);
      throw tooSlow(limit);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw tooSlow(limit);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static InvalidEdit abandoned() {
    return new InvalidEdit(
        InvalidEdit.Kind.ABANDONED,
        "The client went away before its drawing was cleaned",
        "editing.abandoned");
  }

  private static InvalidEdit busy() {
    return new InvalidEdit(
        InvalidEdit.Kind.BUSY, "Too many drawings are being cleaned at once", "editing.busy");
  }

  static InvalidEdit tooSlow(Duration limit) {
    return new InvalidEdit(
        InvalidEdit.Kind.TOO_SLOW,
        "Cleaning the drawing took longer than " + limit.toMillis() + " ms",
        "editing.drawing-too-slow",
        limit.toMillis() / 1000.0);
  }
}
