package cn.onegrid.server.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.incidents.Incidents;
import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A committee's reports per weekday and hour beside its duty hours, on the two-committee fixture:
 * 金华's post P01 is on duty Thursday 19–21 and Monday 8–10. Made here: last Thursday 19:30 (on
 * duty), last Friday 20:30 (nobody), a void one last Friday 20:45 (not counted) and one 200 days
 * ago (outside the quarter). A plan adding Friday 20–22 leaves none with nobody on duty.
 */
class IncidentHoursIT extends ApiTest {

  static final String WEST = "310114118009";

  @BeforeEach
  void reports() {
    LocalDate today = LocalDate.now(Incidents.TOWN_TIME);
    LocalDate thursday = today.with(TemporalAdjusters.previous(DayOfWeek.THURSDAY));
    LocalDate friday = today.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
    report(WEST, thursday.atTime(19, 30).atZone(Incidents.TOWN_TIME), "reported");
    report(WEST, friday.atTime(20, 30).atZone(Incidents.TOWN_TIME), "accepted");
    report(WEST, friday.atTime(20, 45).atZone(Incidents.TOWN_TIME), "void");
    report(WEST, today.minusDays(200).atTime(9, 0).atZone(Incidents.TOWN_TIME), "reported");
  }

  @Test
  void theLastQuartersReportsFallInTheirHoursBesideTheDutyHours() {
    JsonNode hours = json("/incidents/hours?committee=" + WEST);

    assertThat(hours.path("committee").asString()).isEqualTo(WEST);
    assertThat(hours.path("to").asString())
        .isEqualTo(LocalDate.now(Incidents.TOWN_TIME).toString());
    assertThat(hours.path("reports").asInt()).as("void and older left out").isEqualTo(2);
    assertThat(hours.path("offDuty").asInt()).isEqualTo(1);
    JsonNode thursday = hours.path("days").get(3);
    JsonNode friday = hours.path("days").get(4);
    assertThat(thursday.path("weekday").asInt()).isEqualTo(4);
    assertThat(thursday.path("reports").get(19).asInt()).isEqualTo(1);
    assertThat(thursday.path("onDuty").get(19).asBoolean()).isTrue();
    assertThat(thursday.path("onDuty").get(20).asBoolean()).isTrue();
    assertThat(thursday.path("onDuty").get(21).asBoolean()).isFalse();
    assertThat(friday.path("reports").get(20).asInt()).isEqualTo(1);
    assertThat(friday.path("onDuty").get(20).asBoolean()).isFalse();
    assertThat(hours.path("days").get(0).path("onDuty").get(8).asBoolean()).isTrue();
  }

  @Test
  void aLongerPeriodTakesTheOlderReportToo() {
    String from = LocalDate.now(Incidents.TOWN_TIME).minusDays(250).toString();
    JsonNode hours = json("/incidents/hours?committee=" + WEST + "&from=" + from);

    assertThat(hours.path("from").asString()).isEqualTo(from);
    assertThat(hours.path("reports").asInt()).isEqualTo(3);
    assertThat(hours.path("offDuty").asInt()).isEqualTo(2);
  }

  @Test
  void aBadDayABackwardPeriodOrAnUnknownCommitteeIsRefusedSayingWhich() {
    HttpResponse<String> bad = get("/incidents/hours?committee=" + WEST + "&from=2026-13-01");
    HttpResponse<String> backward =
        get("/incidents/hours?committee=" + WEST + "&from=2026-06-02&to=2026-06-01");
    HttpResponse<String> long_ =
        get("/incidents/hours?committee=" + WEST + "&from=2024-01-01&to=2026-06-01");
    HttpResponse<String> unknown = get("/incidents/hours?committee=999999999999");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(bad.body()).contains("from").contains("2026-13-01");
    assertThat(backward.statusCode()).isEqualTo(400);
    assertThat(backward.body()).contains("2026-06-02").contains("晚于");
    assertThat(long_.statusCode()).isEqualTo(400);
    assertThat(long_.body()).contains("366");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void theTimeTablePageShowsTheHoursAndHowManyCameWithNobodyOnDuty() {
    String zh = as(TestAccount.LEADER).get("/committees/" + WEST + "/time-table").body();
    String en = as(TestAccount.LEADER).get("/committees/" + WEST + "/time-table?lang=en").body();

    assertThat(zh).contains("事件报告时段与值守").contains("共 2 件事件报告，其中 1 件报在无人值守的时段");
    assertThat(zh).contains("title=\"周五 20–21 时：1 件，无人值守\"");
    assertThat(zh).contains("class=\"og-r4 og-on-duty\" title=\"周四 19–20 时：1 件，有人值守\">1</td>");
    assertThat(en).contains("2 incidents reported from").contains("1 of them in hours nobody");
  }

  @Test
  void aPlansEveningSlotWhereReportsCameInLowersItsOffDutyFigure() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    HttpResponse<String> created = planner.send("POST", "/plans", "{\"name\":\"周五夜巡\"}");
    long plan = JSON.readTree(created.body()).path("id").asLong();
    HttpResponse<String> week =
        planner.send(
            "PUT",
            "/plans/" + plan + "/posts/" + WEST + "P01/slots",
            "{\"slots\":["
                + slot(1, "08:00", "10:00")
                + ","
                + slot(4, "19:00", "21:00")
                + ","
                + slot(5, "20:00", "22:00")
                + "]}",
            "Content-Type",
            "application/json",
            "If-Match",
            "\"v1\"",
            "X-CSRF-TOKEN",
            planner.csrfToken());
    assertThat(week.statusCode()).as(week.body()).isEqualTo(200);

    JsonNode effect = JSON.readTree(planner.get("/plans/" + plan).body()).path("effects").get(0);

    assertThat(effect.path("committee").asString()).isEqualTo(WEST);
    assertThat(effect.path("before").path("reportsOffDuty").asInt()).isEqualTo(1);
    assertThat(effect.path("after").path("reportsOffDuty").asInt()).isZero();
  }

  private static String slot(int weekday, String start, String end) {
    return "{\"weekday\":"
        + weekday
        + ",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"people\":[]}";
  }

  private void report(String committee, ZonedDateTime at, String state) {
    jdbc.sql(
            "INSERT INTO incident (type_id, location, description, reported_by, reported_at,"
                + " due_at, committee_id, uncovered, reason_zh, reason_en, state)"
                + " SELECT 'sanitation', ST_SetSRID(ST_MakePoint(121.306, 31.255), 4326),"
                + " '测试', 'test', :at, :at, id, false, '测试', 'test', :state"
                + " FROM committee WHERE code = :code")
        .param("at", Timestamp.from(at.toInstant()))
        .param("state", state)
        .param("code", committee)
        .update();
  }
}
