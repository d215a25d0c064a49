package cn.onegrid.data.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
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
    assertRefused("121.30,31.25,121.32,31.26,0", "5");
  }

  @Test
  void anEmptyPartIsNotANumber() {
    assertRefused("121.30,,121.32,31.26", "value 2");
  }

  @Test
  void infinityAndNaNAreNotNumbers() {
    assertRefused("121.30,31.25,Infinity,31.26", "value 3");
    assertRefused("NaN,31.25,121.32,31.26", "value 1");
  }

  @Test
  void aLowerLatitudeAboveTheUpperIsRefused() {
    assertRefused("121.30,31.26,121.32,31.25", "latitude");
  }

  @Test
  void degreesOutsideTheGlobeAreRefused() {
    assertRefused("121.30,31.25,121.32,91", "-90..90");
  }

  private static void assertRefused(String bbox, String saying) {
    assertThatThrownBy(() -> BoundingBox.parse(bbox, Crs.CRS84))
        .isInstanceOfSatisfying(
            InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("bbox"))
        .hasMessageContaining(saying);
  }
}
