package cn.onegrid.data.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceRankingTest {

  private static ComplianceFigures committee(String code, int members, int compliant, int duties) {
    return new ComplianceFigures(code, code, members, compliant, 0, duties, 0, 0, 0);
  }

  @Test
  void theShareThatKeepsTheRuleRanksThenDutiesThenCodeAndEmptyRostersLast() {
    List<ComplianceFigures> ranked =
        List.of(
                committee("A", 0, 0, 0),
                committee("B", 10, 5, 12),
                committee("C", 10, 8, 20),
                committee("D", 4, 2, 30),
                committee("E", 4, 2, 30))
            .stream()
            .sorted(Compliance.RANKING)
            .toList();
    assertThat(ranked).extracting(ComplianceFigures::code).containsExactly("C", "D", "E", "B", "A");
  }

  @Test
  void theTownIsTheSumOfItsCommittees() {
    ComplianceFigures town =
        new Compliance(null).town(List.of(committee("B", 10, 5, 12), committee("C", 10, 8, 20)));
    assertThat(town.members()).isEqualTo(20);
    assertThat(town.compliant()).isEqualTo(13);
    assertThat(town.duties()).isEqualTo(32);
    assertThat(town.rate()).isEqualTo(0.65);
  }
}
