package cn.onegrid.geo.editing;

import static cn.onegrid.geo.editing.DrawingCleanerTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelfCrossingsTest {

  @Test
  void aSquareDoesNotCrossItself() {
    assertThat(SelfCrossings.count(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), 10)).isZero();
  }

  @Test
  void aBowTieCrossesItselfOnce() {
    assertThat(SelfCrossings.count(wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))"), 10)).isOne();
  }

  @Test
  void aHoleCrossingItsShellCountsTwice() {
    String polygon = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (5 5, 15 5, 15 6, 5 6, 5 5))";
    assertThat(SelfCrossings.count(wkt(polygon), 10)).isEqualTo(2);
  }

  @Test
  void moreCrossingsThanTheLimitCountAboveIt() {
    String zigzag = "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 5, 10 5, 10 2, 0 8, 0 0))";
    assertThat(SelfCrossings.count(wkt(zigzag), 1)).isGreaterThan(1);
  }
}
