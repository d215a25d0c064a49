package cn.onegrid.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void aKeyedRefusalCarriesItsKeyAndArgumentsAndSaysThemInTheLog() {
    InvalidQuery refusal = InvalidQuery.of("limit", "accounts.audit-limit", 1000);
    assertThat(refusal.key()).isEqualTo("accounts.audit-limit");
    assertThat(refusal.parameter()).isEqualTo("limit");
    assertThat(refusal.getMessage()).isEqualTo("accounts.audit-limit [1000]");
  }

  @Test
  void numbersAreShownAsWrittenNotGroupedForALocale() {
    assertThat(NotFound.of("editing.no-plan", 1048576L).args()).containsExactly("1048576");
  }

  @Test
  void everyRefusalHasAKeySoPeopleNeverReadOneLanguageOnly() {
    assertThatThrownBy(() -> NotFound.of(null, "rivers")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void refusalsAreExpectedSoTheyCarryNoStackTrace() {
    assertThat(NotFound.of("query.no-collection", "rivers").getStackTrace()).isEmpty();
  }
}
