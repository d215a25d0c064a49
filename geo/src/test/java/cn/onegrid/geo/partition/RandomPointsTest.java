package cn.onegrid.geo.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class RandomPointsTest {

  private static final Geometry L_SHAPE =
      Wkt.read("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 20, 0 20, 0 0))");

  @Test
  void pointsFallInsideAConcaveArea() {
    assertThat(RandomPoints.inside(L_SHAPE, 200, new SplittableRandom(1)))
        .hasSize(200)
        .allSatisfy(
            p -> assertThat(L_SHAPE.contains(L_SHAPE.getFactory().createPoint(p))).isTrue());
  }

  @Test
  void sameSeedGivesTheSamePoints() {
    assertThat(RandomPoints.spread(L_SHAPE, 30, new SplittableRandom(5)))
        .isEqualTo(RandomPoints.spread(L_SHAPE, 30, new SplittableRandom(5)))
        .isNotEqualTo(RandomPoints.spread(L_SHAPE, 30, new SplittableRandom(6)));
  }

  @Test
  void spreadPointsAreFartherApartThanIndependentOnes() {
    assertThat(closestPair(RandomPoints.spread(L_SHAPE, 40, new SplittableRandom(2))))
        .isGreaterThan(closestPair(RandomPoints.inside(L_SHAPE, 40, new SplittableRandom(2))));
  }

  @Test
  void areaWithoutInteriorIsRefused() {
    Geometry sliver = Wkt.read("POLYGON ((0 0, 1000 1000, 1000 1000.000001, 0 0))");

    assertThatThrownBy(() -> RandomPoints.inside(sliver, 1, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too thin");
  }

  private static double closestPair(java.util.List<org.locationtech.jts.geom.Coordinate> points) {
    double closest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < points.size(); i++) {
      for (int j = i + 1; j < points.size(); j++) {
        closest = Math.min(closest, points.get(i).distance(points.get(j)));
      }
    }
    return closest;
  }
}
