package cn.onegrid.server.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
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
 * A problem found on patrol, over HTTP: the record and its incident are made by one request (and
 * once for a request sent twice), the answer says where the incident went, the incident says which
 * record it came from, and a problem without a type is refused naming the field in the reader's
 * language. 李娜 (the member) serves 金华's post P01, on duty Thursday 19–21.
 */
class DutyProblemsIT extends ApiTest {

  private static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
  private static final String INSIDE = "{\"type\":\"Point\",\"coordinates\":[121.3051,31.2551]}";

  private static String body(String extra) {
    OffsetDateTime start =
        LocalDate.now(TOWN)
            .minusDays(1)
            .with(TemporalAdjusters.previous(DayOfWeek.THURSDAY))
            .atTime(19, 30)
            .atZone(TOWN)
            .toOffsetDateTime();
    return "{\"post\":\"310114118009P01\",\"dutyType\":\"security_fire_patrol\",\"start\":\""
        + start
        + "\",\"end\":\""
        + start.plusMinutes(60)
        + "\",\"place\":"
        + INSIDE
        + ",\"note\":\"3号楼楼道堆放杂物\",\"problemReported\":true"
        + extra
        + "}";
  }

  @Test
  void aProblemIsReportedWithTheRecordAndTheAnswerSaysWhereItWent() {
    HttpResponse<String> sent =
        as(TestAccount.MEMBER)
            .send("POST", "/duty-records", body(",\"incidentType\":\"security_fire\""));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    JsonNode record = JSON.readTree(sent.body());
    JsonNode incident = record.path("incident");
    long id = incident.path("id").asLong();
    assertThat(incident.path("href").asString()).isEqualTo("/incidents/" + id);
    assertThat(incident.path("post").asString()).isEqualTo("310114118009P01");
    assertThat(incident.path("onDuty").asBoolean()).isTrue();
    assertThat(incident.path("reason").path("zh").asString()).endsWith("P01 周四 19–21 时在岗");
    assertThat(incident.path("reason").path("en").asString())
        .endsWith("P01 on duty Thursday 19–21");

    JsonNode reported = JSON.readTree(as(TestAccount.STAFF).get("/incidents/" + id).body());
    assertThat(reported.path("properties").path("source").asString()).isEqualTo("duty");
    assertThat(reported.path("properties").path("dutyRecord").asLong())
        .isEqualTo(record.path("id").asLong());
    assertThat(reported.path("properties").path("reportedBy").asString())
        .isEqualTo(TestAccount.MEMBER.username);
    assertThat(reported.path("properties").path("description").asString()).isEqualTo("3号楼楼道堆放杂物");

    JsonNode listed =
        JSON.readTree(
                as(TestAccount.MEMBER).get("/duty-records/" + record.path("id").asLong()).body())
            .path("incident");
    assertThat(listed.path("id").asLong()).isEqualTo(id);
  }

  @Test
  void staffRecordingForAMemberReportAsThemselves() {
    long wang = jdbc.sql("SELECT id FROM person WHERE name = '王芳（示例）'").query(Long.class).single();
    HttpResponse<String> sent =
        as(TestAccount.STAFF)
            .send(
                "POST",
                "/duty-records",
                body(
                    ",\"person\":"
                        + wang
                        + ",\"incidentType\":\"sanitation\",\"incidentDescription\":\"垃圾桶满溢\""));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    long id = JSON.readTree(sent.body()).path("incident").path("id").asLong();
    assertThat(
            jdbc.sql("SELECT reported_by || ' ' || description FROM incident WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo(TestAccount.STAFF.username + " 垃圾桶满溢");
  }

  @Test
  void aRecordWithAProblemSentTwiceWithOneKeyMakesOneIncident() {
    ApiClient member = as(TestAccount.MEMBER);
    String csrf = member.csrfToken();
    String record = body(",\"incidentType\":\"security_fire\"");
    HttpResponse<String> first = null;
    HttpResponse<String> retry = null;
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> sent =
          member.send(
              "POST",
              "/duty-records",
              record,
              "Content-Type",
              "application/json",
              "X-CSRF-TOKEN",
              csrf,
              "Idempotency-Key",
              "phone-problem-1");
      if (first == null) {
        first = sent;
      } else {
        retry = sent;
      }
    }
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(jdbc.sql("SELECT count(*) FROM duty_record").query(Integer.class).single())
        .isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void aProblemWithoutATypeIsRefusedNamingTheFieldInTheReadersLanguage() {
    ApiClient member = as(TestAccount.MEMBER);
    String csrf = member.csrfToken();
    for (String[] language :
        new String[][] {{"zh-CN", "请选择事件类型（incidentType）"}, {"en", "choose the incident type"}}) {
      HttpResponse<String> sent =
          member.send(
              "POST",
              "/duty-records",
              body(""),
              "Content-Type",
              "application/json",
              "X-CSRF-TOKEN",
              csrf,
              "Accept-Language",
              language[0]);
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(422);
      JsonNode problem = JSON.readTree(sent.body());
      assertThat(problem.path("parameter").asString()).isEqualTo("incidentType");
      assertThat(problem.path("detail").asString()).contains(language[1]);
    }
    HttpResponse<String> unknown =
        member.send("POST", "/duty-records", body(",\"incidentType\":\"potholes\""));
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    assertThat(JSON.readTree(unknown.body()).path("parameter").asString())
        .isEqualTo("incidentType");
    assertThat(jdbc.sql("SELECT count(*) FROM duty_record").query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Integer.class).single()).isZero();
  }
}
