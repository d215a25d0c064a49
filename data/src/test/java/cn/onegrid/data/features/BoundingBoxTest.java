package cn.onegrid.data.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import org.junit.jupiter.api.Test;

class BoundingBoxTest {

  @Test
  void aBoxWithinTheWorldIsOnePart() {
    BoundingBox box = BoundingBox.parse("121.2,31.2,121.4,31.3", Crs.CRS84);
    assertThat(box.crossesAntimeridian()).isFalse();
    assertThat(box.parts()).containsExactly(box);
  }

  @Test
  void westEdgeEastOfEastEdgeCrossesTheAntimeridianAsTwoBoxes() {
    BoundingBox box = BoundingBox.parse("177,-20,-178,-15", Crs.CRS84);
    assertThat(box.crossesAntimeridian()).isTrue();
    assertThat(box.parts())
        .containsExactly(
            new BoundingBox(177, -20, 180, -15, Crs.CRS84),
            new BoundingBox(-180, -20, -178, -15, Crs.CRS84));
  }

  @Test
  void latitudeFirstCrsCrossesTooWhenItsLongitudesAreReversed() {
    BoundingBox box = BoundingBox.parse("-20,177,-15,-178", Crs.EPSG_4326);
    assertThat(box.parts())
        .containsExactly(
            new BoundingBox(177, -20, 180, -15, Crs.EPSG_4326),
            new BoundingBox(-180, -20, -178, -15, Crs.EPSG_4326));
  }

  @Test
  void webMercatorBoxesSplitAtTheWorldsEdgeInMetres() {
    BoundingBox box = BoundingBox.parse("19000000,0,-19000000,1000", Crs.EPSG_3857);
    assertThat(box.parts())
        .extracting(BoundingBox::minX, BoundingBox::maxX)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(19_000_000.0, 20_037_508.342789244),
            org.assertj.core.groups.Tuple.tuple(-20_037_508.342789244, -19_000_000.0));
  }

  @Test
  void southEdgeNorthOfNorthEdgeIsStillRefused() {
    assertThatThrownBy(() -> BoundingBox.parse("121,31.3,122,31.2", Crs.CRS84))
        .isInstanceOf(InvalidQuery.class)
        .hasMessageContaining("lower latitude is above its upper one");
  }
}
