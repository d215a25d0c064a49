package cn.onegrid.data.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrimaryTrailTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void nothingIsDueBeforeAWindowHasPassed() {
    PrimaryTrail trail = new PrimaryTrail(30 * SECOND);
    trail.saw(0, new Lsn(100));
    trail.saw(10 * SECOND, new Lsn(200));
    assertThat(trail.windowBefore(29 * SECOND)).isNull();
  }

  @Test
  void whatIsDueIsTheNewestPositionAtLeastTheWindowOld() {
    PrimaryTrail trail = new PrimaryTrail(30 * SECOND);
    for (int s = 0; s <= 60; s++) {
      trail.saw(s * SECOND, new Lsn(1000 + s));
    }
    assertThat(trail.windowBefore(60 * SECOND)).isEqualTo(new Lsn(1030));
  }
}
