package cn.onegrid.data.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentStateTest {

  @Test
  void theLoopGoesReportAcceptDispatchHandleVerifyClose() {
    IncidentState[] loop = {
      IncidentState.REPORTED,
      IncidentState.ACCEPTED,
      IncidentState.DISPATCHED,
      IncidentState.HANDLED,
      IncidentState.VERIFIED,
      IncidentState.CLOSED
    };
    for (int i = 1; i < loop.length; i++) {
      assertThat(loop[i - 1].mayBecome(loop[i])).as(loop[i - 1] + " → " + loop[i]).isTrue();
    }
  }

  @Test
  void closingWhatWasNeverHandledIsOutOfOrder() {
    assertThat(IncidentState.REPORTED.mayBecome(IncidentState.CLOSED)).isFalse();
    assertThat(IncidentState.DISPATCHED.mayBecome(IncidentState.CLOSED)).isFalse();
    assertThat(IncidentState.DISPATCHED.mayBecome(IncidentState.VERIFIED)).isFalse();
  }

  @Test
  void closedAndVoidAreFinal() {
    assertThat(IncidentState.CLOSED.next()).isEmpty();
    assertThat(IncidentState.VOID.next()).isEmpty();
    assertThat(IncidentState.CLOSED.open()).isFalse();
  }

  @Test
  void aReturnedIncidentIsAcceptedAgainOrVoided() {
    assertThat(IncidentState.HANDLED.mayBecome(IncidentState.RETURNED)).isTrue();
    assertThat(IncidentState.RETURNED.next())
        .containsExactlyInAnyOrder(IncidentState.ACCEPTED, IncidentState.VOID);
  }

  @Test
  void idsAreTheDatabaseSpelling() {
    assertThat(IncidentState.ofOrNull("dispatched")).isEqualTo(IncidentState.DISPATCHED);
    assertThat(IncidentState.ofOrNull("DISPATCHED")).isNull();
    assertThat(IncidentState.openIds()).doesNotContain("closed", "void").contains("returned");
  }
}
