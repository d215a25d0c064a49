package cn.onegrid.data.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteReasonTest {

  @Test
  void onDutyPostIsNamedWithItsSlot() {
    RouteReason.Words words =
        RouteReason.of(
            "金华 1-2", "金华社区居委会", List.of("P03"), "P03", 4, 18 * 60 + 30, new int[] {1080, 1200});

    assertThat(words.zh()).isEqualTo("在微网格 金华 1-2、P03 的责任区内，P03 周四 18–20 时在岗");
    assertThat(words.en())
        .isEqualTo("In micro-grid 金华 1-2, post P03's area; P03 on duty Thursday 18–20");
  }

  @Test
  void nobodyOnDutyGoesToTheFirstPostWhoseAreaHoldsIt() {
    RouteReason.Words words =
        RouteReason.of("金华 1-2", "金华", List.of("P01", "P02"), null, 2, 3 * 60 + 5, null);

    assertThat(words.zh()).isEqualTo("在微网格 金华 1-2、P01、P02 的责任区内，周二 3:05 无人在岗，交 P01");
    assertThat(words.en())
        .contains("posts P01, P02' areas")
        .contains("nobody on duty Tuesday at 3:05");
  }

  @Test
  void uncoveredGoesToTheCommittee() {
    RouteReason.Words words = RouteReason.of(null, "高潮村村委会", List.of(), null, 7, 0, null);

    assertThat(words.zh()).isEqualTo("在高潮村村委会，不在任何岗位的责任区内（未覆盖），交高潮村村委会");
    assertThat(words.en()).contains("uncovered").endsWith("to 高潮村村委会");
  }

  @Test
  void aSlotEndingAtMidnightEndsAt24() {
    RouteReason.Words words =
        RouteReason.of("x", "c", List.of("P01"), "P01", 7, 23 * 60, new int[] {22 * 60, 1440});

    assertThat(words.zh()).endsWith("周日 22–24 时在岗");
  }
}
