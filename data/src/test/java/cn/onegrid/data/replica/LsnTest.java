package cn.onegrid.data.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LsnTest {

  @Test
  void readsAndWritesPostgresqlsTextForm() {
    Lsn lsn = Lsn.parse("16/B374D848");
    assertThat(lsn.value()).isEqualTo(0x16_B374D848L);
    assertThat(lsn).hasToString("16/B374D848");
    assertThat(Lsn.parse("0/0")).isEqualTo(new Lsn(0));
  }

  @Test
  void comparesAsPositionsInTheLog() {
    assertThat(Lsn.parse("1/0").isAfter(Lsn.parse("0/FFFFFFFF"))).isTrue();
    assertThat(Lsn.parse("0/10").isAfter(Lsn.parse("0/10"))).isFalse();
    assertThat(new Lsn(-1L).isAfter(Lsn.parse("FFFFFFFF/0"))).as("the largest").isTrue();
  }

  @Test
  void anythingElseIsNoPosition() {
    for (String text :
        new String[] {null, "", "16", "/1", "1/", "-1/0", "+1/0", "G/0", "1/2/3", "123456789/0"}) {
      assertThat(Lsn.parse(text)).as(text).isNull();
    }
  }
}
