package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantParameterTest {

  @Test
  void aMomentWithItsOffsetIsRead() {
    assertThat(InstantParameter.parse("datetime", "2026-11-20T08:00:00+08:00").toInstant())
        .isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
  }

  @Test
  void textThatIsNoMomentNamesItsParameter() {
    assertThatThrownBy(() -> InstantParameter.parse("from", "yesterday"))
        .isInstanceOfSatisfying(
            InvalidQuery.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("from");
              assertThat(e.key()).isEqualTo("query.instant");
            });
  }

  @Test
  void yearsOutsideOneToNineThousandNineHundredNinetyNineAreRefused() {
    for (String text :
        new String[] {
          "+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z"
        }) {
      assertThatThrownBy(() -> InstantParameter.parse("datetime", text))
          .as(text)
          .isInstanceOfSatisfying(
              InvalidQuery.class, e -> assertThat(e.key()).isEqualTo("query.instant-range"));
    }
    assertThat(InstantParameter.parse("to", "9999-12-31T23:59:59Z")).isNotNull();
  }
}
