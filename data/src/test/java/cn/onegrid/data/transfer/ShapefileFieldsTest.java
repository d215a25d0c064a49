package cn.onegrid.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapefileFieldsTest {

  @Test
  void everyCollectionsFieldsFitAShapefileAndStayApart() {
    for (Collection collection : Catalog.all()) {
      List<String> names =
          collection.properties().stream().map(Property::name).map(ShapefileFields::of).toList();
      assertThat(names)
          .as(collection.id())
          .doesNotHaveDuplicates()
          .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(10));
    }
  }

  @Test
  void aShortNameStaysAsItIs() {
    assertThat(ShapefileFields.of("duty_types")).isEqualTo("duty_types");
  }

  @Test
  void aLongNameWithoutAShortOneIsAMistakeOfOurs() {
    assertThatThrownBy(() -> ShapefileFields.of("a_very_long_name"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a_very_long_name");
  }
}
