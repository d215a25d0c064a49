package cn.onegrid.data.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.geo.editing.RejectedDrawing;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DrawingWorkTest {

  private final DrawingWork work = new DrawingWork(Duration.ofMillis(200));

  @Test
  void workWithinTheLimitAnswers() {
    assertThat(work.run(() -> 42)).isEqualTo(42);
  }

  @Test
  void aRefusalComesBackAsItIs() {
    RejectedDrawing refused = new RejectedDrawing(RejectedDrawing.Reason.EMPTY, null);
    assertThatThrownBy(
            () ->
                work.run(
                    () -> {
                      throw refused;
                    }))
        .isSameAs(refused);
  }

  @Test
  void workOverTheLimitIsRefusedAndInterrupted() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    assertThatThrownBy(
            () ->
                work.run(
                    () -> {
                      while (!Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait(); // as JTS computes: busy, never blocking
                      }
                      interrupted.countDown();
                      return null;
                    }))
        .isInstanceOfSatisfying(
            InvalidEdit.class, e -> assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.TOO_SLOW))
        .hasMessageContaining("longer than 200 ms");
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the work was interrupted").isTrue();
  }

  @Test
  void workWhoseClientLeftStopsAtOnce() throws InterruptedException {
    DrawingWork patient = new DrawingWork(Duration.ofSeconds(30));
    CompletableFuture<Void> gone = new CompletableFuture<>();
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    new Thread(
            () -> {
              try {
                running.await();
                Thread.sleep(100);
              } catch (InterruptedException e) {
                throw new AssertionError(e);
              }
              gone.complete(null);
            })
        .start();
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                Abandonment.watching(
                    gone,
                    () ->
                        patient.run(
                            () -> {
                              running.countDown();
                              while (!Thread.currentThread().isInterrupted()) {
                                Thread.onSpinWait();
                              }
                              interrupted.countDown();
                              return null;
                            })))
        .isInstanceOfSatisfying(
            InvalidEdit.class, e -> assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.ABANDONED));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the work was interrupted").isTrue();
  }

  @Test
  void workNobodyWatchesIsNotAbandoned() {
    CompletableFuture<Void> gone = new CompletableFuture<>();
    assertThat(Abandonment.watching(gone, () -> work.run(() -> 7))).isEqualTo(7);
    assertThat(work.run(() -> 8)).isEqualTo(8);
  }
}
