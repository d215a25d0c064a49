package cn.onegrid.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.onegrid.data.InvalidQuery;
import org.junit.jupiter.api.Test;

class ImportTargetTest {

  @Test
  void codesSayTheirLineage() {
    assertThat(ImportTarget.COMMITTEES.parentOf("310114118009")).isEqualTo("310114118");
    assertThat(ImportTarget.COMPREHENSIVE_GRIDS.parentOf("31011411800901"))
        .isEqualTo("310114118009");
    assertThat(ImportTarget.MICRO_GRIDS.parentOf("3101141180090102")).isEqualTo("31011411800901");
    assertThat(ImportTarget.DUTY_POSTS.committeeOf("310114118009P01")).isEqualTo("310114118009");
  }

  @Test
  void aGridsOwnDigitsAreOneToNinetyNine() {
    assertThat(ImportTarget.MICRO_GRIDS.isCode("3101141180090199")).isTrue();
    assertThat(ImportTarget.MICRO_GRIDS.isCode("3101141180090100")).isFalse();
    assertThat(ImportTarget.COMPREHENSIVE_GRIDS.isCode("310114118009")).isFalse();
    assertThat(ImportTarget.DUTY_POSTS.isCode("310114118009P07")).isTrue();
  }

  @Test
  void anUnknownTargetNamesTheKnownOnes() {
    InvalidQuery refused = catchThrowableOfType(InvalidQuery.class, () -> ImportTarget.of("towns"));
    assertThat(refused.args()[1].toString()).contains("committees", "duty-posts");
  }
}
