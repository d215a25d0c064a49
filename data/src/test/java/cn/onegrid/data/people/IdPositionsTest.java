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
  void theValueMarkingEmptyPlacesIsRefused() {
    assertThatThrownBy(() -> new IdPositions().add(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
