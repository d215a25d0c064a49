package cn.onegrid.server.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Thursday grid service day: 金华's liaison leader (镇党委副书记) and 高潮村's department visit; staff of 金华
 * record their own committee's visits only, on a Thursday; leaders list the town's.
 */
class ServiceDayIT extends ApiTest {

  private static final LocalDate THURSDAY =
      LocalDate.now(ZoneId.of("Asia/Shanghai"))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
  private static final String MONTH = THURSDAY.toString().substring(0, 7);

  private long jinhua;
  private long gaochao;

  @BeforeEach
  void liaisons() {
    jinhua = jdbc.sql("SELECT id FROM liaison").query(Long.class).single();
    gaochao =
        jdbc.sql(
                """
                INSERT INTO liaison (committee_id, kind, name)
                SELECT id, 'department', '镇城建办（示例）' FROM committee WHERE code = '310114118203'
                RETURNING id
                """)
            .query(Long.class)
            .single();
  }

  @Test
  void staffRecordAThursdayVisitAndLeadersListTheMonth() {
    HttpResponse<String> kept = visit(as(TestAccount.STAFF), jinhua, THURSDAY, "路灯不亮");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    assertThat(visit(as(TestAccount.ADMIN), gaochao, THURSDAY, "河道垃圾").statusCode()).isEqualTo(201);

    JsonNode town = json("/service-day/visits?month=" + MONTH);
    assertThat(town.path("visits").size()).isEqualTo(2);
    JsonNode one = json("/service-day/visits?month=" + MONTH + "&committee=310114118009");
    assertThat(one.path("visits").size()).isEqualTo(1);
    JsonNode visit = one.path("visits").get(0);
    assertThat(visit.path("visitor").asString()).isEqualTo("镇党委副书记（示例）");
    assertThat(visit.path("kind").asString()).isEqualTo("leader");
    assertThat(visit.path("visitedOn").asString()).isEqualTo(THURSDAY.toString());
    assertThat(visit.path("problems").asString()).isEqualTo("路灯不亮");
    assertThat(visit.path("recordedBy").asString()).isEqualTo(TestAccount.STAFF.username);

    HttpResponse<String> staffs = as(TestAccount.STAFF).get("/service-day/visits?month=" + MONTH);
    assertThat(JSON.readTree(staffs.body()).path("visits").size())
        .as("staff see their committee's only")
        .isEqualTo(1);
  }

  @Test
  void aDayThatIsNoThursdayAnotherCommitteesLiaisonOrNoProblemsAreRefused() {
    ApiClient staff = as(TestAccount.STAFF);
    refused(visit(staff, jinhua, THURSDAY.minusDays(1), "路灯不亮"), "visitedOn");
    refused(visit(staff, jinhua, THURSDAY.plusWeeks(1), "路灯不亮"), "visitedOn");
    refused(visit(staff, gaochao, THURSDAY, "河道垃圾"), "liaison");
    refused(visit(staff, jinhua, THURSDAY, " "), "problems");
    refused(staff.send("POST", "/service-day/visits", "{\"problems\":\"x\"}"), "liaison");
    assertThat(jdbc.sql("SELECT count(*) FROM service_day_visit").query(Integer.class).single())
        .isZero();
  }

  @Test
  void thePageListsTheMonthAndItsFormRecordsOrSaysWhatWasWrong() {
    ApiClient staff = as(TestAccount.STAFF);
    HttpResponse<String> kept = form(staff, jinhua, THURSDAY, "楼道堆物");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    assertThat(kept.body()).contains("楼道堆物", "镇党委副书记（示例）");

    HttpResponse<String> wednesday = form(staff, jinhua, THURSDAY.minusDays(1), "楼道堆物");
    assertThat(wednesday.statusCode()).isEqualTo(422);
    assertThat(wednesday.body()).contains("不是周四");

    HttpResponse<String> leaders =
        as(TestAccount.LEADER).get("/service-day?month=" + MONTH + "&lang=en");
    assertThat(leaders.statusCode()).isEqualTo(200);
    assertThat(leaders.body()).contains("Thursday grid service day", "楼道堆物");
    assertThat(leaders.body()).as("leaders read, never record").doesNotContain("<form");
  }

  private static void refused(HttpResponse<String> sent, String field) {
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(422);
    assertThat(sent.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(sent.body()).path("parameter").asString()).isEqualTo(field);
  }

  private static HttpResponse<String> visit(
      ApiClient client, long liaison, LocalDate on, String problems) {
    return client.send(
        "POST",
        "/service-day/visits",
        "{\"liaison\":"
            + liaison
            + ",\"visitedOn\":\""
            + on
            + "\",\"problems\":\""
            + problems
            + "\",\"followUp\":\"转城管中队\"}");
  }

  private static HttpResponse<String> form(
      ApiClient client, long liaison, LocalDate on, String problems) {
    return client.send(
        "POST",
        "/service-day",
        "liaison="
            + liaison
            + "&visitedOn="
            + on
            + "&problems="
            + URLEncoder.encode(problems, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(client.csrfToken(), StandardCharsets.UTF_8),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "Accept",
        "text/html");
  }
}
