package cn.onegrid.data.editing;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Lets whoever asked for geometry work say it no longer wants the answer, so that the work stops
 * instead of burning a core for nobody: the server completes the signal when the client has gone
 * away. A thread-bound signal rather than a parameter, because the work sits several calls below
 * the request (preview, staging, saving) and only {@link DrawingWork} listens.
 */
public final class Abandonment {

  private static final CompletableFuture<Void> NEVER = new CompletableFuture<>();
  private static final ThreadLocal<CompletableFuture<?>> SIGNAL = new ThreadLocal<>();

  private Abandonment() {}

  /** Runs work on this thread; drawing work it starts stops once {@code gone} completes. */
  public static <T> T watching(CompletableFuture<?> gone, Supplier<T> work) {
    CompletableFuture<?> outer = SIGNAL.get();
    SIGNAL.set(gone);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        SIGNAL.remove();
      } else {
        SIGNAL.set(outer);
      }
    }
  }

  /** This thread's signal; one that never completes when nobody watches. */
  static CompletableFuture<?> signal() {
    CompletableFuture<?> gone = SIGNAL.get();
    return gone == null ? NEVER : gone;
  }
}
