package cn.onegrid.geo.siting;

import static cn.onegrid.geo.Fixtures.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

class BlindSpotTest {

  private static final Geometry COMMITTEE = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");

  @Test
  void blindSpotIsTheCornerFarthestFromTheOnlyPost() {
    BlindSpot spot = BlindSpot.of(COMMITTEE, List.of((Point) wkt("POINT (10 10)")));
    assertThat(spot.centre().getX()).isEqualTo(100, offset(BlindSpot.TOLERANCE));
    assertThat(spot.centre().getY()).isEqualTo(100, offset(BlindSpot.TOLERANCE));
    assertThat(spot.radius()).isEqualTo(Math.hypot(90, 90), offset(BlindSpot.TOLERANCE * 2));
  }

  @Test
  void twoPostsPushTheBlindSpotAway() {
    BlindSpot spot =
        BlindSpot.of(
            COMMITTEE, List.of((Point) wkt("POINT (0 0)"), (Point) wkt("POINT (100 100)")));
    assertThat(spot.radius()).isLessThan(Math.hypot(100, 100) / 1.4);
    assertThat(COMMITTEE.covers(spot.centre())).isTrue();
  }

  @Test
  void committeeWithNoPostGetsItsLargestInscribedCircle() {
    BlindSpot spot = BlindSpot.of(COMMITTEE, List.of());
    assertThat(spot.centre().getX()).isEqualTo(50, offset(BlindSpot.TOLERANCE));
    assertThat(spot.radius()).isEqualTo(50, offset(BlindSpot.TOLERANCE));
  }

  @Test
  void emptyCommitteeIsRefused() {
    assertThatThrownBy(() -> BlindSpot.of(wkt("POLYGON EMPTY"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
