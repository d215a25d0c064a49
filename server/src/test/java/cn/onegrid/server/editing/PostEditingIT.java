package cn.onegrid.server.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Posts over HTTP: created, moved, retired and given duties in a plan, published, reverted. */
class PostEditingIT extends ApiTest {

  private static final String POST = "310114118009P01"; // in 金华 (310114118009), west half
  private static final String NEW_POST =
      "{\"name\":\"盲区新岗\",\"location\":[121.302,31.258],\"dutyTypes\":[\"security_fire_patrol\"]}";

  @Test
  void aPostCreatedAtAPointIsPublishedOnTheMapWithItsHistory() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);
    HttpResponse<String> created = planner.send("POST", "/plans/" + plan + "/posts", NEW_POST);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String code = JSON.readTree(created.body()).path("code").asString();
    assertThat(code).isEqualTo("310114118009P02");
    assertThat(get("/collections/duty-posts/items/" + code).statusCode()).isEqualTo(404);
    JsonNode preview = JSON.readTree(planner.get("/plans/" + plan).body());
    assertThat(preview.path("posts").get(0).path("state").path("name").asString())
        .isEqualTo("盲区新岗");
    JsonNode effect = preview.path("effects").get(0);
    assertThat(effect.path("committee").asString()).isEqualTo("310114118009");
    assertThat(effect.path("after").path("catchmentRatio").asDouble())
        .as("a post in the corner, beyond the first post's walk, adds ground within walking reach")
        .isGreaterThan(effect.path("before").path("catchmentRatio").asDouble());

    publish(planner, plan);

    HttpResponse<String> item = planner.get("/collections/duty-posts/items/" + code);
    assertThat(item.statusCode()).isEqualTo(200);
    JsonNode history = JSON.readTree(planner.get("/posts/" + code + "/history").body());
    assertThat(history.path("changes")).hasSize(1);
    assertThat(history.path("changes").get(0).path("before").isNull()).isTrue();
    assertThat(history.path("changes").get(0).path("after").path("location").get(0).asDouble())
        .isEqualTo(121.302);
  }

  @Test
  void aPostMovedOutOfItsCommitteeIs422SayingWhichAndWhereAndNothingIsStored() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);
    HttpResponse<String> refused = change(planner, plan, "{\"location\":[121.315,31.255]}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body())
        .contains(POST)
        .contains("121.315")
        .contains("310114118009")
        .contains("310114118203");
    assertThat(JSON.readTree(planner.get("/plans/" + plan).body()).path("posts")).isEmpty();
  }

  @Test
  void anUnknownDutyIs422NamingItAndNothingIsStored() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);
    HttpResponse<String> refused = change(planner, plan, "{\"dutyTypes\":[\"juggling\"]}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains(POST).contains("juggling");
    assertThat(JSON.readTree(planner.get("/plans/" + plan).body()).path("posts")).isEmpty();
  }

  @Test
  void aRetiredPostLeavesTheMapAndARevertBringsItBack() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);
    HttpResponse<String> staged = change(planner, plan, "{\"retired\":true}");
    assertThat(staged.statusCode()).as(staged.body()).isEqualTo(200);
    publish(planner, plan);
    assertThat(planner.get("/collections/duty-posts/items/" + POST).statusCode()).isEqualTo(404);

    JsonNode retire =
        JSON.readTree(planner.get("/posts/" + POST + "/history").body()).path("changes").get(0);
    HttpResponse<String> reverted =
        planner.send(
            "POST",
            "/post-changes/" + retire.path("id").asLong() + "/revert?change_reason=误撤",
            null,
            "If-Match",
            "\"v" + retire.path("afterVersion").asInt() + "\"",
            "X-CSRF-TOKEN",
            planner.csrfToken());
    assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
    assertThat(planner.get("/collections/duty-posts/items/" + POST).statusCode()).isEqualTo(200);
    // audited like an area's revert: who, which change, and the reason
    HttpResponse<String> audit =
        as(TestAccount.ADMIN).get("/admin/audit?action=revert-post-change&username=planner.jinhua");
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    JsonNode entry = JSON.readTree(audit.body()).get(0);
    assertThat(entry.path("subject").asString()).isEqualTo("change " + retire.path("id").asLong());
    assertThat(entry.path("detail").asString()).isEqualTo("误撤");
  }

  @Test
  void anAdministratorExtendsTheDutyTypesAPlannerThenGives() {
    ApiClient admin = as(TestAccount.ADMIN);
    HttpResponse<String> put =
        admin.send("PUT", "/admin/duty-types/elder_visits", "{\"name\":\"探访老人 Elder visits\"}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
    assertThat(admin.send("PUT", "/admin/duty-types/Bad-Id", "{\"name\":\"x\"}").statusCode())
        .isEqualTo(422);

    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    assertThat(planner.get("/duty-types").body()).contains("elder_visits");
    long plan = plan(planner);
    HttpResponse<String> staged = change(planner, plan, "{\"dutyTypes\":[\"elder_visits\"]}");
    assertThat(staged.statusCode()).as(staged.body()).isEqualTo(200);
  }

  private static long plan(ApiClient client) {
    HttpResponse<String> created = client.send("POST", "/plans", "{\"name\":\"岗位调整\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).path("id").asLong();
  }

  private static HttpResponse<String> change(ApiClient client, long plan, String body) {
    return client.send(
        "PUT",
        "/plans/" + plan + "/posts/" + POST,
        body,
        "Content-Type",
        "application/json",
        "If-Match",
        "\"v1\"",
        "X-CSRF-TOKEN",
        client.csrfToken());
  }

  private static void publish(ApiClient client, long plan) {
    HttpResponse<String> published =
        client.send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"岗位调整\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
  }
}
