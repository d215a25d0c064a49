package cn.onegrid.server.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The audit log records sign-ins, failed sign-ins, tokens made and revoked, plans made, published
 * or discarded, and reverts; an administrator narrows it to who did what, when.
 */
class AuditLogIT extends ApiTest {

  private static final String AREA = "/collections/duty-post-areas/items/310114118009P01";
  private static final String SQUARE =
      "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
          + "[[[121.301,31.251],[121.309,31.251],[121.309,31.259],[121.301,31.259],"
          + "[121.301,31.251]]]}}";

  private List<JsonNode> entries(String query) {
    HttpResponse<String> response = as(TestAccount.ADMIN).get("/admin/audit?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).valueStream().toList();
  }

  private static List<String> actions(List<JsonNode> entries) {
    return entries.stream().map(e -> e.path("action").asString()).toList();
  }

  @Test
  void signInsAndFailedSignInsAreRecorded() {
    anonymous().login(TestAccount.STAFF.username + " ", "not-the-password");
    as(TestAccount.STAFF);
    List<JsonNode> staff = entries("username=staff.sun");
    assertThat(actions(staff)).containsExactly("sign-in", "sign-in-failed");
    assertThat(staff.get(1).path("detail").asString()).startsWith("from ");
    assertThat(actions(entries("action=sign-in-failed"))).containsExactly("sign-in-failed");
  }

  @Test
  void tokensMadeAndRevokedAreRecorded() {
    token(TestAccount.PLANNER, false);
    long id =
        JSON.readTree(as(TestAccount.PLANNER).get("/account/tokens").body())
            .valueStream()
            .findFirst()
            .orElseThrow()
            .path("id")
            .asLong();
    as(TestAccount.PLANNER).send("DELETE", "/account/tokens/" + id, null);
    List<JsonNode> planner = entries("username=planner.qian&action=");
    assertThat(actions(planner)).containsSubsequence("revoke-token", "create-token");
    assertThat(planner.get(0).path("subject").asString()).isEqualTo("token " + id);
  }

  @Test
  void plansAndRevertsAreRecorded() {
    ApiClient planner = as(TestAccount.PLANNER);
    HttpResponse<String> made = planner.send("POST", "/plans", "{\"name\":\"调整\"}");
    assertThat(made.statusCode()).isEqualTo(201);
    long plan = JSON.readTree(made.body()).path("id").asLong();
    assertThat(planner.send("DELETE", "/plans/" + plan, null).statusCode()).isEqualTo(204);
    HttpResponse<String> changed =
        planner.send(
            "PUT",
            AREA + "?change_reason=x",
            SQUARE,
            "Content-Type",
            "application/geo+json",
            "X-CSRF-TOKEN",
            planner.csrfToken(),
            "If-Match",
            "\"v1\"");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    long change =
        JSON.readTree(planner.get(AREA + "/history").body())
            .path("changes")
            .get(0)
            .path("id")
            .asLong();
    HttpResponse<String> reverted =
        planner.send(
            "POST",
            "/changes/" + change + "/revert?change_reason=undo",
            null,
            "X-CSRF-TOKEN",
            planner.csrfToken(),
            "If-Match",
            "\"v2\"");
    assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
    List<JsonNode> work = entries("username=planner.qian");
    assertThat(actions(work)).containsSubsequence("revert-change", "discard-plan", "create-plan");
    assertThat(work.get(0).path("subject").asString()).isEqualTo("change " + change);
    assertThat(work.get(0).path("detail").asString()).isEqualTo("undo");
    assertThat(work.get(2).path("subject").asString()).isEqualTo("plan " + plan);
  }

  @Test
  void publishingAPlanIsRecorded() {
    ApiClient planner = as(TestAccount.PLANNER);
    long plan =
        JSON.readTree(planner.send("POST", "/plans", "{\"name\":\"p\"}").body())
            .path("id")
            .asLong();
    HttpResponse<String> staged =
        planner.send(
            "PUT",
            "/plans/" + plan + "/changes/duty-post-areas/310114118009P01",
            SQUARE,
            "Content-Type",
            "application/geo+json",
            "X-CSRF-TOKEN",
            planner.csrfToken(),
            "If-Match",
            "\"v1\"");
    assertThat(staged.statusCode()).as(staged.body()).isEqualTo(200);
    HttpResponse<String> published =
        planner.send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"r\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    List<JsonNode> work = entries("username=planner.qian&action=publish-plan");
    assertThat(work).hasSize(1);
    assertThat(work.get(0).path("subject").asString()).isEqualTo("plan " + plan);
  }

  @Test
  void aRefusedWriteIsNotRecorded() {
    as(TestAccount.PLANNER).send("DELETE", "/plans/999", null);
    assertThat(actions(entries("username=planner.qian"))).doesNotContain("discard-plan");
  }

  @Test
  void theLogIsFilteredByTime() {
    as(TestAccount.STAFF);
    assertThat(entries("username=staff.sun&to=2020-01-01T00:00:00Z")).isEmpty();
    assertThat(entries("username=staff.sun&from=2020-01-01T00:00:00Z")).isNotEmpty();
  }
}
