package cn.onegrid.server.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Featured party groups' activities: 金华's reading group, led by 李娜 (the member account), and its
 * fitness group with no leader; 高潮村's arts group. Who may record, what is refused, and how the
 * month's compliance and points follow (one activity a month, 5 points each, by default).
 */
class PartyGroupActivitiesIT extends ApiTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final String JINHUA = "/committees/310114118009/compliance?month=";

  private long reading;
  private long fitness;
  private long arts;

  @BeforeEach
  void groups() {
    reading = group("310114118009", "读书小组（示例）", "intellect", "李娜（示例）");
    fitness = group("310114118009", "健身小组（示例）", "fitness", null);
    arts = group("310114118203", "文艺小组（示例）", "arts", null);
  }

  @Test
  void staffAndTheGroupsLeaderRecordAndTheCommitteesCompliancePointsFollow() {
    assertThat(activity(as(TestAccount.STAFF), reading, TODAY, "读书会").statusCode()).isEqualTo(201);
    assertThat(activity(as(TestAccount.MEMBER), reading, TODAY, "红色观影").statusCode())
        .isEqualTo(201);

    JsonNode answer = JSON.readTree(as(TestAccount.STAFF).get(JINHUA + month()).body());
    assertThat(answer.path("committee").path("groups").asInt()).isEqualTo(2);
    assertThat(answer.path("committee").path("groupsCompliant").asInt()).isEqualTo(1);
    assertThat(answer.path("committee").path("points").asInt()).as("two activities").isEqualTo(10);
    assertThat(group(answer, fitness).path("compliant").asBoolean()).isFalse();
    JsonNode group = group(answer, reading);
    assertThat(group.path("leader").asString()).isEqualTo("李娜（示例）");
    assertThat(group.path("compliant").asBoolean()).isTrue();
    assertThat(group.path("points").asInt()).isEqualTo(10);
    assertThat(group.path("activities").get(1).path("recordedBy").asString())
        .isEqualTo(TestAccount.MEMBER.username);
  }

  @Test
  void aMemberRecordsOnlyForTheGroupTheyLeadAndStaffOnlyForTheirCommittee() {
    assertThat(activity(as(TestAccount.MEMBER), fitness, TODAY, "跑步").statusCode()).isEqualTo(404);
    assertThat(activity(as(TestAccount.STAFF), arts, TODAY, "合唱").statusCode()).isEqualTo(404);
    assertThat(jdbc.sql("SELECT count(*) FROM party_group_activity").query(Integer.class).single())
        .isZero();
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    ApiClient staff = as(TestAccount.STAFF);
    refused(activity(staff, reading, TODAY, " "), "title");
    refused(activity(staff, reading, TODAY, "x".repeat(201)), "title");
    refused(activity(staff, reading, TODAY.plusDays(2), "读书会"), "heldOn");
    refused(staff.send("POST", path(reading), "{\"title\":\"读书会\"}"), "heldOn");
    refused(
        staff.send("POST", path(reading), "{\"title\":\"读书会\",\"heldOn\":\"2026-13-01\"}"),
        "heldOn");
  }

  private static JsonNode group(JsonNode answer, long id) {
    for (JsonNode group : answer.path("groups")) {
      if (group.path("id").asLong() == id) {
        return group;
      }
    }
    throw new AssertionError("no group " + id + " in " + answer);
  }

  private static void refused(HttpResponse<String> sent, String field) {
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(422);
    assertThat(sent.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(sent.body()).path("parameter").asString()).isEqualTo(field);
  }

  private static HttpResponse<String> activity(
      ApiClient client, long group, LocalDate on, String title) {
    return client.send(
        "POST", path(group), "{\"heldOn\":\"" + on + "\",\"title\":\"" + title + "\"}");
  }

  private static String path(long group) {
    return "/party-groups/" + group + "/activities";
  }

  private static String month() {
    return TODAY.toString().substring(0, 7);
  }

  private long group(String committee, String name, String speciality, String leader) {
    return jdbc.sql(
            """
            INSERT INTO party_group (committee_id, name, speciality, leader_id)
            SELECT c.id, :name, :speciality, (SELECT id FROM person WHERE name = :leader)
              FROM committee c WHERE c.code = :committee RETURNING id
            """)
        .param("committee", committee)
        .param("name", name)
        .param("speciality", speciality)
        .param("leader", leader)
        .query(Long.class)
        .single();
  }
}
