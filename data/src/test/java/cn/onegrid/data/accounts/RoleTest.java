package cn.onegrid.data.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void aTownWidePlannerEditsEveryCommittee() {
    assertThat(Role.PLANNER.mayEdit(List.of(), "310114118001")).isTrue();
  }

  @Test
  void aScopedPlannerEditsOnlyItsCommittees() {
    assertThat(Role.PLANNER.mayEdit(List.of("310114118001"), "310114118001")).isTrue();
    assertThat(Role.PLANNER.mayEdit(List.of("310114118001"), "310114118002")).isFalse();
  }

  @Test
  void nobodyButPlannersEdits() {
    for (Role role : List.of(Role.LEADER, Role.STAFF, Role.ADMIN)) {
      assertThat(role.mayEdit(List.of(), "310114118001")).as(role.id()).isFalse();
    }
  }
}
