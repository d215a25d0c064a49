package cn.onegrid.server.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A post's leader, members and week over HTTP: staged with If-Match, refused with 422, published.
 */
class PostPeopleHttpIT extends ApiTest {

  private static final String POST = "310114118009P01";

  @Test
  void aPostsPeopleAndEveningSlotsArePublishedAndKeptInItsHistory() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);
    long li = person("李娜（示例）");
    long wang = person("王芳（示例）");

    HttpResponse<String> people =
        put(
            planner,
            plan,
            "people",
            "{\"leader\":" + li + ",\"members\":[" + wang + "," + li + "]}");
    assertThat(people.statusCode()).as(people.body()).isEqualTo(200);
    HttpResponse<String> week =
        put(
            planner,
            plan,
            "slots",
            "{\"slots\":[{\"weekday\":5,\"start\":\"20:00\",\"end\":\"22:00\",\"people\":["
                + li
                + "]},{\"weekday\":5,\"start\":\"22:00\",\"end\":\"24:00\",\"people\":["
                + wang
                + "]}]}");
    assertThat(week.statusCode()).as(week.body()).isEqualTo(200);
    JsonNode state = JSON.readTree(week.body()).path("state");
    assertThat(state.path("leader").asLong()).as("the people staged before stay").isEqualTo(li);
    assertThat(state.path("slots").get(1).path("end").asString()).isEqualTo("24:00");

    HttpResponse<String> inPlan = planner.get("/plans/" + plan + "/posts/" + POST);
    assertThat(inPlan.headers().firstValue("ETag")).hasValue("\"v1\"");
    assertThat(JSON.readTree(inPlan.body()).path("state").path("members"))
        .extracting(JsonNode::asLong)
        .containsExactly(Math.min(li, wang), Math.max(li, wang));

    HttpResponse<String> published =
        planner.send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"周五夜巡\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM duty_slot s JOIN duty_post d ON d.id = s.post_id"
                        + " WHERE d.code = :code AND s.weekday = 5")
                .param("code", POST)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    JsonNode change =
        JSON.readTree(planner.get("/posts/" + POST + "/history").body()).path("changes").get(0);
    assertThat(change.path("after").path("leader").asLong()).isEqualTo(li);
    assertThat(change.path("before").path("slots")).hasSize(2);
  }

  @Test
  void aNewPostsEveningWeekShowsInThePreviewWithItsFlags() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);
    long li = person("李娜（示例）");
    HttpResponse<String> created =
        planner.send(
            "POST",
            "/plans/" + plan + "/posts",
            "{\"name\":\"盲区新岗\",\"location\":[121.302,31.258],"
                + "\"dutyTypes\":[\"security_fire_patrol\"]}");
    String code = JSON.readTree(created.body()).path("code").asString();
    assertThat(
            send(planner, plan, code, "people", "{\"leader\":" + li + ",\"members\":[" + li + "]}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> week =
        send(
            planner,
            plan,
            code,
            "slots",
            "{\"slots\":[{\"weekday\":4,\"start\":\"20:00\",\"end\":\"22:00\",\"people\":["
                + li
                + "]},{\"weekday\":5,\"start\":\"20:00\",\"end\":\"22:00\",\"people\":[]}]}",
            "\"v0\"");
    assertThat(week.statusCode()).as(week.body()).isEqualTo(200);

    JsonNode preview = JSON.readTree(planner.get("/plans/" + plan).body());
    JsonNode effect = preview.path("effects").get(0);
    assertThat(effect.path("after").path("nightCoverage").asDouble())
        .isGreaterThan(effect.path("before").path("nightCoverage").asDouble());
    assertThat(effect.path("after").path("slotsWithoutCover").asInt())
        .isLessThan(effect.path("before").path("slotsWithoutCover").asInt());
    assertThat(effect.path("after").path("slotRatios")).hasSize(84);
    assertThat(effect.path("after").path("membersPerPost").path(code).asInt()).isEqualTo(1);
    assertThat(effect.path("after").path("slotsPerMember").path(String.valueOf(li)).asInt())
        .isEqualTo(2);
    assertThat(preview.path("flags").toString())
        .contains("double-booked")
        .contains("empty-slot")
        .contains("无人值守");
  }

  @Test
  void aLeaderWhoIsNotAMemberIs422NamingThePostAndNothingIsStaged() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);
    long wang = person("王芳（示例）");
    long li = person("李娜（示例）");

    HttpResponse<String> refused =
        put(planner, plan, "people", "{\"leader\":" + wang + ",\"members\":[" + li + "]}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains(POST).contains(String.valueOf(wang)).contains("组长");
    assertThat(JSON.readTree(planner.get("/plans/" + plan).body()).path("posts")).isEmpty();
  }

  @Test
  void aSlotEndingBeforeItStartsIs422SayingWhen() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);

    HttpResponse<String> refused =
        put(
            planner,
            plan,
            "slots",
            "{\"slots\":[{\"weekday\":5,\"start\":\"22:00\",\"end\":\"20:00\",\"people\":[]}]}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains(POST).contains("22:00").contains("20:00");
    assertThat(JSON.readTree(planner.get("/plans/" + plan).body()).path("posts")).isEmpty();
  }

  @Test
  void aTimeThatIsNotOneIs422() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);

    HttpResponse<String> refused =
        put(
            planner,
            plan,
            "slots",
            "{\"slots\":[{\"weekday\":8,\"start\":\"20:00\",\"end\":\"22:00\"}]}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains(POST);
  }

  @Test
  void withoutIfMatchNothingIsStaged() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long plan = plan(planner);

    HttpResponse<String> refused =
        planner.send(
            "PUT",
            "/plans/" + plan + "/posts/" + POST + "/people",
            "{\"members\":[]}",
            "Content-Type",
            "application/json",
            "X-CSRF-TOKEN",
            planner.csrfToken());

    assertThat(refused.statusCode()).isEqualTo(428);
  }

  private long person(String name) {
    return jdbc.sql("SELECT id FROM person WHERE name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }

  private static long plan(ApiClient client) {
    HttpResponse<String> created = client.send("POST", "/plans", "{\"name\":\"定人定时\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).path("id").asLong();
  }

  private static HttpResponse<String> put(ApiClient client, long plan, String what, String body) {
    return send(client, plan, POST, what, body, "\"v1\"");
  }

  private static HttpResponse<String> send(
      ApiClient client, long plan, String post, String what, String body) {
    return send(client, plan, post, what, body, "\"v0\"");
  }

  private static HttpResponse<String> send(
      ApiClient client, long plan, String post, String what, String body, String version) {
    return client.send(
        "PUT",
        "/plans/" + plan + "/posts/" + post + "/" + what,
        body,
        "Content-Type",
        "application/json",
        "If-Match",
        version,
        "X-CSRF-TOKEN",
        client.csrfToken());
  }
}
