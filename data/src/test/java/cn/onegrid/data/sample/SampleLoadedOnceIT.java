package cn.onegrid.data.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two servers starting at once on one empty database load the sample town once. */
class SampleLoadedOnceIT {

  @Test
  void ofTwoLoadsAtOnceIntoAnEmptyDatabaseOneLoadsAndTheOtherFindsTheTown() {
    TestDatabase.truncateAll();
    SampleDataset town = SampleTownGenerator.generate();
    SampleDatasetLoader loader = TestDatabase.data().samples();
    CountDownLatch ready = new CountDownLatch(2);
    List<CompletableFuture<Optional<SampleCounts>>> loads =
        List.of(1, 2).stream()
            .map(
                n ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          ready.countDown();
                          awaitQuietly(ready);
                          return loader.loadIntoEmpty(town);
                        }))
            .toList();

    List<Optional<SampleCounts>> outcomes = loads.stream().map(CompletableFuture::join).toList();

    assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
    assertThat(outcomes).filteredOn(Optional::isEmpty).hasSize(1);
    assertThat(
            JdbcClient.create(TestDatabase.dataSource())
                .sql("SELECT count(*) FROM committee")
                .query(Long.class)
                .single())
        .isEqualTo(58);
    assertThat(loader.loadIntoEmpty(town)).as("a database with a town is never loaded").isEmpty();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
