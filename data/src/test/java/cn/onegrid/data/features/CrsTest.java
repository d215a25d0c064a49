package cn.onegrid.data.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import org.junit.jupiter.api.Test;

class CrsTest {

  @Test
  void everyServedUriNamesItsCrs() {
    for (Crs crs : Crs.values()) {
      assertThat(Crs.fromUri("crs", crs.uri())).isSameAs(crs);
    }
    assertThat(Crs.uris()).hasSize(Crs.values().length).doesNotHaveDuplicates();
  }

  @Test
  void surroundingSpaceIsIgnored() {
    assertThat(Crs.fromUri("crs", " http://www.opengis.net/def/crs/EPSG/0/3857 "))
        .isSameAs(Crs.EPSG_3857);
  }

  @Test
  void anUnservedCrsIsRefusedNamingTheParameterAndTheChoices() {
    assertThatThrownBy(() -> Crs.fromUri("bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/4549"))
        .isInstanceOfSatisfying(
            InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("bbox-crs"))
        .hasMessageContaining("EPSG/0/4549")
        .hasMessageContaining(Crs.CRS84.uri());
  }

  @Test
  void theEpsgGeographicCrsesHaveLatitudeFirst() {
    assertThat(Crs.EPSG_4326.latitudeFirst()).isTrue();
    assertThat(Crs.EPSG_4490.latitudeFirst()).isTrue();
    assertThat(Crs.CRS84.latitudeFirst()).isFalse();
    assertThat(Crs.EPSG_3857.latitudeFirst()).isFalse();
  }

  @Test
  void degreesGetSevenDecimalsAndMetresTwo() {
    assertThat(Crs.CRS84.decimals()).isEqualTo(7); // about 1 cm
    assertThat(Crs.EPSG_3857.decimals()).isEqualTo(2); // 1 cm
    assertThat(Crs.CRS84.srid()).isEqualTo(Crs.EPSG_4326.srid()).isEqualTo(4326);
  }
}
