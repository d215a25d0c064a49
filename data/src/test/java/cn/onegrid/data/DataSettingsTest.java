package cn.onegrid.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataSettingsTest {

  @Test
  void theDefaultsAreJiangqiaos() {
    assertThat(DataSettings.DEFAULTS).isEqualTo(new DataSettings("EPSG:4549", 300, 2));
  }

  @Test
  void noSnappingIsASetting() {
    assertThat(new DataSettings("EPSG:4549", 300, 0).snapTolerance()).isZero();
  }

  @Test
  void aRadiusThatIsNotPositiveIsRefused() {
    assertThatThrownBy(() -> new DataSettings("EPSG:4549", 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("walking radius");
    assertThatThrownBy(() -> new DataSettings("EPSG:4549", Double.NaN, 2))
        .hasMessageContaining("walking radius");
  }

  @Test
  void aNegativeToleranceIsRefused() {
    assertThatThrownBy(() -> new DataSettings("EPSG:4549", 300, -1))
        .hasMessageContaining("snap tolerance");
  }

  @Test
  void aBlankCrsIsRefused() {
    assertThatThrownBy(() -> new DataSettings(" ", 300, 2)).hasMessageContaining("metric CRS");
  }
}
