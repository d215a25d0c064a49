package cn.onegrid.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.onegrid.data.InvalidQuery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

  @Test
  void englishFieldsAreGuessed() {
    FieldMapping guessed =
        FieldMapping.guess(List.of("CODE", "Name", "parent_code", "level")).orElseThrow();
    assertThat(guessed.code()).isEqualTo("CODE");
    assertThat(guessed.name()).isEqualTo("Name");
    assertThat(guessed.parentCode()).hasValue("parent_code");
    assertThat(guessed.dutyTypes()).isEmpty();
  }

  @Test
  void chineseFieldsAreGuessed() {
    FieldMapping guessed = FieldMapping.guess(List.of("名称", "编码", "职责")).orElseThrow();
    assertThat(guessed.named()).containsExactly("编码", "名称", "职责");
  }

  @Test
  void withoutACodeOrANameFieldNothingIsGuessed() {
    assertThat(FieldMapping.guess(List.of("居村代码", "名称"))).isEmpty();
  }

  @Test
  void aFieldTheSourceLacksIsRefusedByName() {
    FieldMapping mapping = new FieldMapping("编码", "名称", Optional.of("上级"), Optional.empty());
    InvalidQuery refused =
        catchThrowableOfType(InvalidQuery.class, () -> mapping.requireIn(List.of("编码", "名称")));
    assertThat(refused.key()).isEqualTo("transfer.no-field");
    assertThat(refused.args()).contains("上级");
  }
}
