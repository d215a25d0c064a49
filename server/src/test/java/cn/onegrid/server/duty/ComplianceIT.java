package cn.onegrid.server.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The month's rule (two duties per member, by default) for 金华's post, whose roster is 张伟, 李娜 and
 * 王芳: what counts, what a rejection takes away, who is still at zero, and who may see names.
 */
class ComplianceIT extends ApiTest {

  private static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
  private static final String INSIDE = "{\"type\":\"Point\",\"coordinates\":[121.3051,31.2551]}";
  private static final String OUTSIDE_AREA =
      "{\"type\":\"Point\",\"coordinates\":[121.3090,31.2590]}";
  private static final OffsetDateTime EVENING =
      LocalDate.now(TOWN)
          .minusDays(1)
          .with(TemporalAdjusters.previous(DayOfWeek.THURSDAY))
          .atTime(19, 0)
          .atZone(TOWN)
          .toOffsetDateTime();
  private static final String MONTH = "?month=" + EVENING.toString().substring(0, 7);

  @Test
  void aFlaggedDutyCountsOnceConfirmedAndTheRankingFollows() {
    long wang = jdbc.sql("SELECT id FROM person WHERE name = '王芳（示例）'").query(Long.class).single();
    record(TestAccount.MEMBER, EVENING, INSIDE, "");
    long flagged = record(TestAccount.MEMBER, EVENING.plusMinutes(60), OUTSIDE_AREA, "");
    record(TestAccount.STAFF, EVENING, INSIDE, ",\"person\":" + wang);

    JsonNode jinhua = committee(town(), "310114118009");
    assertThat(jinhua.path("members").asInt()).isEqualTo(3);
    assertThat(jinhua.path("compliant").asInt()).as("李娜's second waits").isZero();
    assertThat(jinhua.path("atZero").asInt()).as("张伟").isEqualTo(1);
    assertThat(jinhua.path("duties").asInt()).isEqualTo(2);
    assertThat(town().path("committees").get(0).path("code").asString())
        .as("高潮村 has no members on a roster, so it ranks last")
        .isEqualTo("310114118009");

    review(flagged, "{\"confirm\":true}");
    JsonNode confirmed = committee(town(), "310114118009");
    assertThat(confirmed.path("compliant").asInt()).as("李娜 has two").isEqualTo(1);
    assertThat(confirmed.path("duties").asInt()).isEqualTo(3);
    assertThat(confirmed.path("points").asInt()).isEqualTo(6);
  }

  @Test
  void aRejectedDutyNeverCounts() {
    record(TestAccount.MEMBER, EVENING, INSIDE, "");
    long flagged = record(TestAccount.MEMBER, EVENING.plusMinutes(60), OUTSIDE_AREA, "");
    review(flagged, "{\"confirm\":false,\"reason\":\"不在岗区\"}");
    JsonNode jinhua = committee(town(), "310114118009");
    assertThat(jinhua.path("compliant").asInt()).isZero();
    assertThat(jinhua.path("duties").asInt()).isEqualTo(1);
  }

  private void review(long record, String body) {
    HttpResponse<String> reviewed =
        as(TestAccount.STAFF).send("POST", "/duty-records/" + record + "/review", body);
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
  }

  @Test
  void staffSeeTheirCommitteesMembersWithThoseAtZeroFirst() {
    record(TestAccount.MEMBER, EVENING, INSIDE, "");
    HttpResponse<String> response =
        as(TestAccount.STAFF).get("/committees/310114118009/compliance" + MONTH);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(response.body());
    assertThat(answer.path("atZero").size()).isEqualTo(2);
    assertThat(answer.path("members").get(0).path("duties").asInt()).isZero();
    assertThat(answer.path("members").get(2).path("name").asString()).isEqualTo("李娜（示例）");
    assertThat(answer.path("posts").get(0).path("duties").asInt()).isEqualTo(1);
    assertThat(answer.path("rules").path("minDutiesPerMember").asInt()).isEqualTo(2);

    assertThat(as(TestAccount.STAFF).get("/committees/310114118203/compliance").statusCode())
        .isEqualTo(404);
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'view-duty-compliance'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aMonthWrittenWronglyIsRefused() {
    HttpResponse<String> response = get("/compliance?month=2026-13");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("parameter").asString()).isEqualTo("month");
  }

  private JsonNode town() {
    return json("/compliance" + MONTH);
  }

  private static JsonNode committee(JsonNode town, String code) {
    for (JsonNode committee : town.path("committees")) {
      if (committee.path("code").asString().equals(code)) {
        return committee;
      }
    }
    throw new AssertionError("no committee " + code + " in " + town);
  }

  private long record(TestAccount who, OffsetDateTime start, String place, String extra) {
    String body =
        "{\"post\":\"310114118009P01\",\"dutyType\":\"sanitation\",\"start\":\""
            + start
            + "\",\"end\":\""
            + start.plusMinutes(45)
            + "\",\"place\":"
            + place
            + extra
            + "}";
    HttpResponse<String> sent = as(who).send("POST", "/duty-records", body);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    return JSON.readTree(sent.body()).path("id").asLong();
  }
}
