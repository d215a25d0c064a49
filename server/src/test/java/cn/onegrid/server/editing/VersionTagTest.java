package cn.onegrid.server.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * If-Match as writes read it. The refusals are only asserted to be refusals: which status each
 * becomes is the problem mapping's business (EditingBadInputIT checks it over HTTP).
 */
class VersionTagTest {

  @Test
  void aTagNamesItsVersion() {
    assertThat(VersionTag.of(12)).isEqualTo("\"v12\"");
    assertThat(VersionTag.required(VersionTag.of(12))).isEqualTo(12);
  }

  @Test
  void aRepresentationsDigestAfterTheVersionIsAccepted() {
    assertThat(VersionTag.required("\"v3-9fA0c\"")).isEqualTo(3);
  }

  @Test
  void spaceAroundTheTagIsIgnored() {
    assertThat(VersionTag.required("  \"v7\" ")).isEqualTo(7);
  }

  @Test
  void aWeakTagNeverMatches() {
    assertThatThrownBy(() -> VersionTag.required("W/\"v3\"")).isInstanceOf(RuntimeException.class);
  }

  @Test
  void anUnquotedOrForeignTagNamesNoVersion() {
    assertThatThrownBy(() -> VersionTag.required("v3")).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> VersionTag.required("\"abc\"")).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> VersionTag.required("*")).isInstanceOf(RuntimeException.class);
  }

  @Test
  void aVersionTooLongForAnIntegerIsNoVersion() {
    assertThatThrownBy(() -> VersionTag.required("\"v12345678901\""))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void noIfMatchIsRefused() {
    assertThatThrownBy(() -> VersionTag.required(null)).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> VersionTag.required(" ")).isInstanceOf(RuntimeException.class);
  }
}
