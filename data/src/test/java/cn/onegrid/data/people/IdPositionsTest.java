package cn.onegrid.data.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdPositionsTest {

  @Test
  void idsArePositionedInTheOrderAddedAndAddedAgainKeepTheirs() {
    IdPositions ids = new IdPositions();

    assertThat(ids.add(42)).isZero();
    assertThat(ids.add(7)).isEqualTo(1);
    assertThat(ids.add(42)).isZero();
    assertThat(ids.add(-3)).isEqualTo(2);

    assertThat(ids.size()).isEqualTo(3);
    assertThat(ids.of(7)).isEqualTo(1);
    assertThat(ids.of(-3)).isEqualTo(2);
    assertThat(ids.of(8)).isEqualTo(-1);
  }

  @Test
  void manyIdsSurviveGrowingInAnyOrder() {
    IdPositions ids = new IdPositions();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      // A permutation of 0 … n-1 times a stride: neither sequential nor small.
      assertThat(ids.add((i * 7_919L % n) * 1_000_003L)).isEqualTo(i);
    }

    assertThat(ids.size()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      assertThat(ids.of((i * 7_919L % n) * 1_000_003L)).isEqualTo(i);
    }
    assertThat(ids.of(1)).isEqualTo(-1);
  }

  @Test
  void denseIdsAndSparseOnesMixed() {
    IdPositions ids = new IdPositions();
    // a sequence's ids, a far one (hashed), then the sequence grows past where the far one was
    // kept out of the direct array
    for (int i = 1; i <= 1_000; i++) {
      assertThat(ids.add(i)).isEqualTo(i - 1);
    }
    assertThat(ids.add(50_000)).isEqualTo(1_000);
    for (int i = 1_001; i <= 60_000; i++) {
      assertThat(ids.add(i)).isEqualTo(i == 50_000 ? 1_000 : ids.size() - 1);
    }

    assertThat(ids.size()).isEqualTo(60_000);
    assertThat(ids.of(50_000)).isEqualTo(1_000);
    assertThat(ids.of(50_001)).isEqualTo(50_000);
    assertThat(ids.of(1)).isZero();
    assertThat(ids.of(0)).isEqualTo(-1);
    assertThat(ids.of(60_001)).isEqualTo(-1);
    assertThat(ids.of(Long.MAX_VALUE)).isEqualTo(-1);
  }

  @Test
  void theValueMarkingEmptyPlacesIsRefused() {
    assertThatThrownBy(() -> new IdPositions().add(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
