package cn.onegrid.server.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Incidents over HTTP on the two-committee fixture: 金华 (310114118009, the staff member's) has post
 * P01 with a 0.002° circle around (121.305, 31.255); 高潮村 (310114118203) east of 121.31.
 */
class IncidentsIT extends ApiTest {

  static final String IN_P01 = "[121.306,31.255]";
  static final String IN_GAOCHAO = "[121.315,31.255]";

  @Test
  void theTypesAreTheStandardClassesAndTheTownsOwnEachWithALimit() {
    JsonNode types = json("/incident-types").path("incidentTypes");

    assertThat(types).hasSize(11);
    assertThat(types.findValuesAsString("name"))
        .anyMatch(n -> n.startsWith("市容环境"))
        .anyMatch(n -> n.startsWith("群租"))
        .anyMatch(n -> n.startsWith("居改非"));
    assertThat(types.get(0).path("standard").asBoolean()).isTrue();
    assertThat(types.findValues("limitHours")).allMatch(h -> h.asInt() > 0);
  }

  @Test
  void administratorsAddATypeAndABadLimitIsRefused() {
    ApiClient admin = as(TestAccount.ADMIN);
    HttpResponse<String> added =
        admin.send(
            "PUT", "/admin/incident-types/noise", "{\"name\":\"噪声扰民 / Noise\",\"limitHours\":24}");
    HttpResponse<String> bad =
        admin.send("PUT", "/admin/incident-types/noise", "{\"name\":\"噪声\",\"limitHours\":0}");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(json("/incident-types").path("incidentTypes")).hasSize(12);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(bad.body()).contains("limitHours");
  }

  @Test
  void aReportIsRoutedToThePostWhoseAreaHoldsItWithTheReason() {
    HttpResponse<String> created = report(as(TestAccount.STAFF), "group_renting", IN_P01, null);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode p = JSON.readTree(created.body()).path("properties");
    assertThat(created.headers().firstValue("Location"))
        .contains("/incidents/" + p.path("id").asLong());
    assertThat(p.path("committee").asString()).isEqualTo("310114118009");
    assertThat(p.path("post").asString()).isEqualTo("310114118009P01");
    assertThat(p.path("microGrid").asString()).isEqualTo("3101141180090102");
    assertThat(p.path("uncovered").asBoolean()).isFalse();
    assertThat(p.path("reason").path("zh").asString()).startsWith("在微网格 ").contains("P01 的责任区内");
    assertThat(p.path("reason").path("en").asString()).contains("post P01's area");
    assertThat(p.path("state").asString()).isEqualTo("reported");
    assertThat(p.path("steps")).hasSize(1);
  }

  @Test
  void aPlaceOutsideTheTownOrAnUnknownTypeIs422() {
    ApiClient staff = as(TestAccount.STAFF);
    HttpResponse<String> outside = report(staff, "group_renting", "[121.40,31.255]", null);
    HttpResponse<String> unknown = report(staff, "ufo", IN_P01, null);

    assertThat(outside.statusCode()).isEqualTo(422);
    assertThat(outside.body()).contains("不在本镇");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("ufo");
    assertThat(incidents()).isZero();
  }

  @Test
  void aReplayedReportIsStoredOnce() {
    ApiClient staff = as(TestAccount.STAFF);
    String body = body("group_renting", IN_P01, null);
    HttpResponse<String> first = staff.send("POST", "/incidents", body, headers(staff, "report-1"));
    HttpResponse<String> again = staff.send("POST", "/incidents", body, headers(staff, "report-1"));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(incidents()).isEqualTo(1);
  }

  @Test
  void theLoopRunsInOrderAndTheRatesChange() {
    ApiClient staff = as(TestAccount.STAFF);
    long id = id(report(staff, "group_renting", IN_P01, null));
    assertThat(rate("closureRate")).isEqualTo(0.0);

    HttpResponse<String> early = step(staff, id, "closed");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(early.body()).contains("reported").contains("closed").contains("accepted");

    for (String to : List.of("accepted", "dispatched", "handled", "verified", "closed")) {
      HttpResponse<String> moved = step(staff, id, to);
      assertThat(moved.statusCode()).as(to + ": " + moved.body()).isEqualTo(200);
      assertThat(JSON.readTree(moved.body()).path("properties").path("state").asString())
          .isEqualTo(to);
    }
    JsonNode closed = json("/incidents/" + id).path("properties");
    assertThat(closed.path("steps")).hasSize(6);
    assertThat(closed.path("steps").get(3).path("by").asString()).isEqualTo("staff.sun");
    assertThat(closed.path("steps").get(3).path("notes").asString()).isEqualTo("handled note");
    assertThat(closed.path("closedAt").isNull()).isFalse();
    assertThat(rate("closureRate")).isEqualTo(1.0);
    assertThat(rate("onTimeClosureRate")).isEqualTo(1.0);
    assertThat(step(staff, id, "accepted").statusCode()).as("closed is final").isEqualTo(409);
  }

  @Test
  void theReporterSeesTheStatusOfTheirReports() {
    ApiClient staff = as(TestAccount.STAFF);
    long id = id(report(staff, "sanitation", IN_P01, null));
    step(staff, id, "accepted");

    JsonNode mine = JSON.readTree(staff.get("/incidents/mine").body());

    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).path("state").asString()).isEqualTo("accepted");
    assertThat(JSON.readTree(as(TestAccount.LEADER).get("/incidents/mine").body())).isEmpty();
  }

  /** A member on patrol reports; the committee takes it up; the member sees where it stands. */
  @Test
  void aMemberOnPatrolReportsAndFollowsTheirReport() {
    ApiClient member = as(TestAccount.MEMBER);
    HttpResponse<String> created = report(member, "group_renting", IN_P01, null);
    assertThat(created.statusCode()).isEqualTo(201);
    long id = id(created);
    assertThat(step(member, id, "accepted").statusCode())
        .as("members report; their committee handles")
        .isEqualTo(403);
    step(as(TestAccount.STAFF), id, "accepted");

    JsonNode mine = JSON.readTree(member.get("/incidents/mine").body());

    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).path("state").asString()).isEqualTo("accepted");
  }

  @Test
  void thePostAndTheCommitteeSeeWhatWaitsForThem() {
    ApiClient staff = as(TestAccount.STAFF);
    long inP01 = id(report(staff, "group_renting", IN_P01, null));
    long uncovered = id(report(staff, "sanitation", "[121.301,31.251]", null));

    JsonNode post = JSON.readTree(staff.get("/incidents/waiting?post=310114118009P01").body());
    JsonNode committee = JSON.readTree(staff.get("/incidents/waiting").body());

    assertThat(post.findValues("id")).extracting(JsonNode::asLong).containsExactly(inP01);
    assertThat(committee.findValues("id")).extracting(JsonNode::asLong).contains(inP01, uncovered);
    assertThat(committee.findValues("uncovered")).extracting(JsonNode::asBoolean).contains(true);
  }

  @Test
  void staffTakeStepsOnlyInTheirOwnCommittee() {
    long id = id(report(as(TestAccount.LEADER), "street_order", IN_GAOCHAO, null));

    HttpResponse<String> refused = step(as(TestAccount.STAFF), id, "accepted");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("310114118203");
    assertThat(step(as(TestAccount.LEADER), id, "accepted").statusCode()).isEqualTo(200);
  }

  @Test
  void theReportersContactIsMaskedByRoleAndEveryViewIsAudited() {
    long id = id(report(as(TestAccount.LEADER), "neighbour_dispute", IN_GAOCHAO, "13900000009"));
    jdbc.sql("TRUNCATE audit_log").update();

    JsonNode staffView = JSON.readTree(as(TestAccount.STAFF).get("/incidents/" + id).body());
    JsonNode leaderView = json("/incidents/" + id);

    assertThat(staffView.path("properties").path("reporterContact").asString())
        .isEqualTo("139****0009");
    assertThat(leaderView.path("properties").path("reporterContact").asString())
        .isEqualTo("13900000009");
    assertThat(
            jdbc.sql(
                    "SELECT username || ' ' || detail FROM audit_log WHERE subject = :s ORDER BY id")
                .param("s", "incident " + id)
                .query(String.class)
                .list())
        .containsExactly(
            "staff.sun reporter, contact: masked", "leader.zhao reporter, contact: full");
  }

  @Test
  void theHotSpotLayerOfTheMonthShowsAReport() {
    String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    String tile = "/incidents/hotspots/15/27425/13386.mvt?month=";
    assertThat(getBytes(tile + month).statusCode()).as("nothing reported yet").isEqualTo(204);

    id(report(as(TestAccount.STAFF), "group_renting", IN_P01, null));

    HttpResponse<byte[]> shown = getBytes(tile + month);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(new String(shown.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("hotspots")
        .contains("count");
    assertThat(getBytes(tile + "2020-01").statusCode()).as("another month").isEqualTo(204);
    assertThat(get(tile + "May").statusCode()).isEqualTo(400);
  }

  @Test
  void theIncidentsCollectionHasTheReportWithoutWhoReportedIt() {
    long id = id(report(as(TestAccount.STAFF), "group_renting", IN_P01, "13900000009"));
    String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

    JsonNode items = json("/collections/incidents/items?month=" + month);

    assertThat(items.path("features")).hasSize(1);
    JsonNode p = items.path("features").get(0).path("properties");
    assertThat(items.path("features").get(0).path("id").asString()).isEqualTo(Long.toString(id));
    assertThat(p.path("type").asString()).isEqualTo("group_renting");
    assertThat(p.path("post_code").asString()).isEqualTo("310114118009P01");
    assertThat(items.toString()).doesNotContain("13900000009").doesNotContain("居民甲");
    assertThat(json("/collections/incidents/items?month=2020-01").path("features")).isEmpty();
  }

  static HttpResponse<String> report(ApiClient client, String type, String place, String contact) {
    return client.send("POST", "/incidents", body(type, place, contact));
  }

  static String body(String type, String place, String contact) {
    return "{\"type\":\""
        + type
        + "\",\"location\":"
        + place
        + ",\"description\":\"一套两居室住了十二个人\""
        + (contact == null
            ? ""
            : ",\"reporterName\":\"居民甲\",\"reporterContact\":\"" + contact + "\"")
        + "}";
  }

  static long id(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).path("id").asLong();
  }

  private static HttpResponse<String> step(ApiClient client, long id, String to) {
    return client.send(
        "POST",
        "/incidents/" + id + "/steps",
        "{\"to\":\"" + to + "\",\"notes\":\"" + to + " note\"}");
  }

  private static String[] headers(ApiClient client, String key) {
    return new String[] {
      "Content-Type", "application/json", "X-CSRF-TOKEN", client.csrfToken(), "Idempotency-Key", key
    };
  }

  private double rate(String name) {
    JsonNode rates = json("/incidents/rates?by=committee");
    return rates.get(0).path(name).asDouble();
  }

  private long incidents() {
    return jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();
  }
}
