package cn.onegrid.server.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A draft over HTTP is its author's: another planner, even one of another committee, is told there
 * is no such plan; a share lets them in; publishing holds to the publisher's committees as they
 * stand when it commits. Published plans are listed to the same people, reverted ones marked.
 */
class PlanOwnershipHttpIT extends ApiTest {

  private static final String POST = "310114118009P01"; // in 金华 (310114118009)
  private static final String AREA =
      "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
          + "[121.301,31.251],[121.304,31.251],[121.304,31.254],[121.301,31.254],[121.301,31.251]]]}}";

  @Test
  void anotherPlannerCannotListReadStageDiscardOrPublishMyDraft() {
    long plan = draftWithAChange(TestAccount.COMMITTEE_PLANNER);
    ApiClient other = as(TestAccount.PLANNER); // the whole town's planner, still not the author

    assertThat(other.get("/plans").body()).doesNotContain("\"id\":" + plan);
    assertThat(other.get("/plans/" + plan).statusCode()).isEqualTo(404);
    assertThat(stage(other, plan).statusCode()).isEqualTo(404);
    assertThat(other.send("DELETE", "/plans/" + plan + "/changes/duty-post-areas/" + POST, null))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(404);
    assertThat(other.send("DELETE", "/plans/" + plan, null).statusCode()).isEqualTo(404);
    HttpResponse<String> publish =
        other.send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"抢先发布\"}");
    assertThat(publish.statusCode()).isEqualTo(404);
    assertThat(publish.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(other.send("POST", "/plans/" + plan + "/shares", "{\"username\":\"x\"}"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(404);

    HttpResponse<String> mine = as(TestAccount.COMMITTEE_PLANNER).get("/plans/" + plan);
    assertThat(mine.body()).contains("\"state\":\"draft\"").contains(POST);
    assertThat(version()).as("nothing published").isEqualTo(1);
  }

  @Test
  void sharingLetsAnotherPlannerSeeAndChangeIt() {
    ApiClient author = as(TestAccount.COMMITTEE_PLANNER);
    long plan = create(author);
    String share = "{\"username\":\"" + TestAccount.PLANNER.username + "\"}";
    assertThat(author.send("POST", "/plans/" + plan + "/shares", share).statusCode())
        .isEqualTo(204);

    ApiClient colleague = as(TestAccount.PLANNER);
    assertThat(colleague.get("/plans").body()).contains("\"id\":" + plan);
    assertThat(stage(colleague, plan).statusCode()).isEqualTo(200);
    assertThat(author.get("/plans/" + plan).body())
        .contains(POST)
        .contains("\"sharedWith\":[\"" + TestAccount.PLANNER.username + "\"]");
    assertThat(colleague.send("POST", "/plans/" + plan + "/shares", "{\"username\":\"admin.li\"}"))
        .extracting(HttpResponse::statusCode)
        .as("sharing is the author's")
        .isEqualTo(403);

    String unshare = "/plans/" + plan + "/shares/" + TestAccount.PLANNER.username;
    assertThat(author.send("DELETE", unshare, null).statusCode()).isEqualTo(204);
    assertThat(colleague.get("/plans/" + plan).statusCode()).isEqualTo(404);
  }

  @Test
  void onlyAPlannerGetsAShare() {
    ApiClient author = as(TestAccount.COMMITTEE_PLANNER);
    long plan = create(author);
    HttpResponse<String> refused =
        author.send("POST", "/plans/" + plan + "/shares", "{\"username\":\"staff.sun\"}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("staff.sun");
    assertThat(author.send("POST", "/plans/" + plan + "/shares", "{}").statusCode()).isEqualTo(422);
  }

  @Test
  void aPlannerWhoseScopeNoLongerCoversAChangePublishesNothing() {
    long plan = draftWithAChange(TestAccount.COMMITTEE_PLANNER);
    // The account now plans another committee; the session still carries the old scope, so only
    // the check inside the publishing transaction can tell.
    jdbc.sql(
            "UPDATE account_committee SET committee_code = '310114118203' WHERE account_id ="
                + " (SELECT id FROM account WHERE username = :u)")
        .param("u", TestAccount.COMMITTEE_PLANNER.username)
        .update();

    HttpResponse<String> publish =
        as(TestAccount.COMMITTEE_PLANNER)
            .send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"调整\"}");
    assertThat(publish.statusCode()).as(publish.body()).isEqualTo(403);
    assertThat(publish.body()).contains("310114118009");
    assertThat(version()).as("nothing published").isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT state FROM plan WHERE id = :id")
                .param("id", plan)
                .query(String.class)
                .single())
        .isEqualTo("draft");
  }

  @Test
  void publishedPlansAreListedToTheirAuthorUntilAndAfterTheyAreReverted() {
    ApiClient author = as(TestAccount.COMMITTEE_PLANNER);
    long plan = draftWithAChange(TestAccount.COMMITTEE_PLANNER);
    assertThat(author.get("/plans?state=published").body()).doesNotContain("\"id\":" + plan);
    String reason = "{\"reason\":\"调整\"}";
    assertThat(author.send("POST", "/plans/" + plan + "/publish", reason).statusCode())
        .isEqualTo(200);

    HttpResponse<String> listed = author.get("/plans?state=published");
    assertThat(listed.statusCode()).isEqualTo(200);
    JsonNode first = JSON.readTree(listed.body()).path("plans").get(0);
    assertThat(first.path("id").asLong()).isEqualTo(plan);
    assertThat(first.path("state").asString()).isEqualTo("published");
    assertThat(first.path("publishedAt").isString()).isTrue();
    assertThat(author.get("/plans").body())
        .as("no longer a draft")
        .doesNotContain("\"id\":" + plan);
    assertThat(as(TestAccount.PLANNER).get("/plans?state=published").body())
        .as("not shared")
        .doesNotContain("\"id\":" + plan);

    assertThat(author.send("POST", "/plans/" + plan + "/revert", reason).statusCode())
        .isEqualTo(200);
    assertThat(author.get("/plans?state=published").body())
        .contains("\"id\":" + plan + ",")
        .contains("\"state\":\"reverted\"");
    HttpResponse<String> again = author.send("POST", "/plans/" + plan + "/revert", reason);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("已经撤销过");
  }

  @Test
  void plansAreListedByDraftOrPublishedOnly() {
    HttpResponse<String> refused = as(TestAccount.PLANNER).get("/plans?state=closed");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("closed", "\"parameter\":\"state\"", "published");
  }

  private long draftWithAChange(TestAccount author) {
    ApiClient client = as(author);
    long plan = create(client);
    HttpResponse<String> staged = stage(client, plan);
    assertThat(staged.statusCode()).as(staged.body()).isEqualTo(200);
    return plan;
  }

  private static long create(ApiClient client) {
    HttpResponse<String> created = client.send("POST", "/plans", "{\"name\":\"调整方案\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).path("id").asLong();
  }

  private static HttpResponse<String> stage(ApiClient client, long plan) {
    return client.send(
        "PUT",
        "/plans/" + plan + "/changes/duty-post-areas/" + POST,
        AREA,
        "Content-Type",
        "application/geo+json",
        "If-Match",
        "\"v1\"",
        "X-CSRF-TOKEN",
        client.csrfToken());
  }

  private int version() {
    return jdbc.sql("SELECT version FROM duty_post WHERE code = :code")
        .param("code", POST)
        .query(Integer.class)
        .single();
  }
}
