package cn.onegrid.data.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundingBoxTest {

  @Test
  void crs84IsLongitudeFirst() {
    assertThat(BoundingBox.parse("121.30,31.25,121.32,31.26", Crs.CRS84))
        .isEqualTo(new BoundingBox(121.30, 31.25, 121.32, 31.26, Crs.CRS84));
  }

  @Test
  void epsg4326IsReadLatitudeFirst() {
    assertThat(BoundingBox.parse("31.25,121.30,31.26,121.32", Crs.EPSG_4326))
        .isEqualTo(new BoundingBox(121.30, 31.25, 121.32, 31.26, Crs.EPSG_4326));
  }

  @Test
  void heightsAreIgnored() {
    assertThat(BoundingBox.parse("121.30, 31.25, -5, 121.32, 31.26, 40", Crs.CRS84))
        .isEqualTo(new BoundingBox(121.30, 31.25, 121.32, 31.26, Crs.CRS84));
  }

  @Test
  void webMercatorMetresAreNotDegrees() {
    assertThat(BoundingBox.parse("13502000,3665000,13504000,3667000", Crs.EPSG_3857).maxX())
        .isEqualTo(13504000);
  }

  @Test
  void fiveNumbersAreRefused() {
    assertRefused("121.30,31.25,121.32,31.26,0", "query.bbox-count", "5");
  }

  @Test
  void anEmptyPartIsNotANumber() {
    assertRefused("121.30,,121.32,31.26", "query.bbox-number", "2", "");
  }

  @Test
  void infinityAndNaNAreNotNumbers() {
    assertRefused("121.30,31.25,Infinity,31.26", "query.bbox-number", "3", "Infinity");
    assertRefused("NaN,31.25,121.32,31.26", "query.bbox-number", "1", "NaN");
  }

  @Test
  void aLowerLatitudeAboveTheUpperIsRefused() {
    assertRefused("121.30,31.26,121.32,31.25", "query.bbox-upside-down");
  }

  @Test
  void degreesOutsideTheGlobeAreRefused() {
    assertRefused("121.30,31.25,121.32,91", "query.bbox-range");
  }

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
    assertRefused("121,31.3,122,31.2", "query.bbox-upside-down");
  }

  /** Refused for the bbox parameter with {@code key}; its arguments, then the bbox as given. */
  private static void assertRefused(String bbox, String key, Object... args) {
    List<Object> expected = new ArrayList<>(List.of(args));
    expected.add(bbox);
    assertThatThrownBy(() -> BoundingBox.parse(bbox, Crs.CRS84))
        .isInstanceOfSatisfying(
            InvalidQuery.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("bbox");
              assertThat(e.key()).isEqualTo(key);
              assertThat(e.args()).containsExactlyElementsOf(expected);
            });
  }
}
