package cn.onegrid.data.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Routing in the two-committee fixture: 金华's post P01 has a 0.002° circle around (121.305, 31.255)
 * and is on duty Thursday 19–21; 金华's micro-grids split at 121.305.
 */
class IncidentRoutingIT {

  private static final LocalDateTime THURSDAY_EVENING = LocalDateTime.of(2026, 12, 3, 19, 30);
  private static final LocalDateTime TUESDAY_NIGHT = LocalDateTime.of(2026, 12, 1, 3, 0);

  private final IncidentRouting routing = TestDatabase.data().incidentRouting();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
  }

  @Test
  void aPlaceInAPostsAreaGoesToThePostOnDutyThen() {
    Route route = routing.route(121.306, 31.255, THURSDAY_EVENING);

    assertThat(route.committee()).isEqualTo("310114118009");
    assertThat(route.posts()).containsExactly("310114118009P01");
    assertThat(route.postCode()).isEqualTo("310114118009P01");
    assertThat(route.onDuty()).isTrue();
    assertThat(route.uncovered()).isFalse();
    assertThat(route.microGridId()).isEqualTo(microGrid("31011411800901" + "02"));
    assertThat(route.reason().zh()).isEqualTo("在微网格 金华社区居委会第1综合网格-2、P01 的责任区内，P01 周四 19–21 时在岗");
    assertThat(route.reason().en()).endsWith("P01 on duty Thursday 19–21");
  }

  @Test
  void nobodyOnDutyThenStillGoesToThePostWhoseAreaHoldsIt() {
    Route route = routing.route(121.306, 31.255, TUESDAY_NIGHT);

    assertThat(route.postCode()).isEqualTo("310114118009P01");
    assertThat(route.onDuty()).isFalse();
    assertThat(route.reason().zh()).contains("周二 3:00 无人在岗");
  }

  @Test
  void aPlaceInNoPostsAreaGoesToTheCommitteeMarkedUncovered() {
    Route route = routing.route(121.301, 31.251, THURSDAY_EVENING);

    assertThat(route.committee()).isEqualTo("310114118009");
    assertThat(route.uncovered()).isTrue();
    assertThat(route.postId()).isNull();
    assertThat(route.microGridId()).isEqualTo(microGrid("3101141180090101"));
    assertThat(route.reason().zh()).contains("未覆盖").endsWith("交金华社区居委会");
  }

  @Test
  void aPlaceOutsideTheTownIsRefused() {
    assertThatThrownBy(() -> routing.route(121.40, 31.255, THURSDAY_EVENING))
        .isInstanceOf(IncidentRefusal.class)
        .hasFieldOrPropertyWithValue("kind", IncidentRefusal.Kind.INVALID)
        .hasFieldOrPropertyWithValue("key", "incidents.outside");
  }

  @Test
  void aRetiredPostIsNotRoutedTo() {
    jdbc.sql("UPDATE duty_post SET retired_at = now() WHERE code = '310114118009P01'").update();

    assertThat(routing.route(121.306, 31.255, THURSDAY_EVENING).uncovered()).isTrue();
  }

  private long microGrid(String code) {
    return jdbc.sql("SELECT id FROM grid WHERE code = :c")
        .param("c", code)
        .query(Long.class)
        .single();
  }
}
