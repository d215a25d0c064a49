package cn.onegrid.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.desk.Desk;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankingPageTest {

  private static final List<Desk.Ranked> CITY =
      IntStream.rangeClosed(1, 6000)
          .mapToObj(
              i ->
                  new Desk.Ranked(
                      i,
                      String.format("31011411%04d", i),
                      (i % 2 == 0 ? "Jinhua " : "高潮") + i,
                      OptionalDouble.of(1.0 - i / 6000.0),
                      OptionalDouble.empty(),
                      31,
                      121,
                      0.01,
                      0.01))
          .toList();

  @Test
  void theFirstPageHoldsTheBestFiftyOfSixThousand() {
    RankingPage page = RankingPage.of(CITY, "", 1);
    assertThat(page.rows()).hasSize(RankingPage.SIZE);
    assertThat(page.rows().get(0).rank()).isEqualTo(1);
    assertThat(page.pages()).isEqualTo(120);
    assertThat(page.matching()).isEqualTo(6000);
    assertThat(page.first()).isTrue();
    assertThat(page.last()).isFalse();
  }

  @Test
  void theLastPageHoldsTheWorstWithTheirRanksInTheWholeTown() {
    RankingPage page = RankingPage.of(CITY, null, 120);
    assertThat(page.rows()).extracting(Desk.Ranked::rank).endsWith(6000).startsWith(5951);
    assertThat(page.last()).isTrue();
  }

  @Test
  void findingByNameIgnoresCaseAndKeepsTheTownRank() {
    RankingPage page = RankingPage.of(CITY, "  jINHUA 598", 1);
    assertThat(page.rows())
        .extracting(Desk.Ranked::rank)
        .containsExactly(598, 5980, 5982, 5984, 5986, 5988);
    assertThat(page.pages()).isEqualTo(1);
  }

  @Test
  void findingByCodeMatchesAPartOfIt() {
    assertThat(RankingPage.of(CITY, "310114110042", 1).rows())
        .extracting(Desk.Ranked::name)
        .containsExactly("Jinhua 42");
  }

  @Test
  void nothingFoundIsOneEmptyPage() {
    RankingPage page = RankingPage.of(CITY, "nowhere", 1);
    assertThat(page.rows()).isEmpty();
    assertThat(page.pages()).isEqualTo(1);
    assertThat(page.matching()).isZero();
  }

  @Test
  void aPagePastTheLastOrBeforeTheFirstIsRefusedNamingTheLast() {
    assertThatThrownBy(() -> RankingPage.of(CITY, "", 121))
        .isInstanceOf(InvalidQuery.class)
        .satisfies(e -> assertThat(((InvalidQuery) e).parameter()).isEqualTo("page"))
        .hasMessageContaining("120");
    assertThatThrownBy(() -> RankingPage.of(CITY, "", 0)).isInstanceOf(InvalidQuery.class);
  }
}
