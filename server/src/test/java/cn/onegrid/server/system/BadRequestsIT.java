package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Requests that once made the server fail (500 and a stack trace in the log) are the client's
 * mistakes: each gets a 4xx problem document saying what was wrong, and the log a line, no trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadRequestsIT extends ApiTest {

  @Test
  void invalidUtf8InTheSignInPagesQuery(CapturedOutput log) {
    assertRefused(anonymous().get("/login?%ff", "Accept", "text/html"), 400, log);
  }

  @Test
  void invalidUtf8InASearch(CapturedOutput log) {
    assertRefused(get("/search?q=%ff%fe"), 400, log);
  }

  @Test
  void aMomentPostgresqlCannotHold(CapturedOutput log) {
    HttpResponse<String> response =
        get("/collections/duty-post-areas/as-of?datetime=%2B999999999-12-31T23:59:59Z");
    assertRefused(response, 400, log);
    assertThat(problem(response).path("parameter").asString()).isEqualTo("datetime");
  }

  @Test
  void aNullAmongThePaintedMicroGrids(CapturedOutput log) {
    ApiClient planner = as(TestAccount.PLANNER);
    HttpResponse<String> response =
        planner.send(
            "POST",
            "/collections/duty-post-areas/items/310114118009P01/edit/paint",
            "{\"microGrids\":[null]}");
    assertRefused(response, 400, log);
    assertThat(problem(response).path("parameter").asString()).isEqualTo("microGrids");
  }

  @Test
  void anAccountNamingACommitteeTwice(CapturedOutput log) {
    ApiClient admin = as(TestAccount.ADMIN);
    long staff = 0;
    for (JsonNode row : JSON.readTree(admin.get("/admin/accounts").body())) {
      if (row.path("username").asString().equals(TestAccount.STAFF.username)) {
        staff = row.path("id").asLong();
      }
    }
    HttpResponse<String> response =
        admin.send(
            "PUT",
            "/admin/accounts/" + staff,
            "{\"role\":\"staff\",\"committees\":[\"310114118009\",\"310114118009\"]}");
    assertRefused(response, 422, log);
    assertThat(problem(response).path("detail").asString()).contains("310114118009");
  }

  @Test
  void anAcceptHeaderThatIsNoMediaType(CapturedOutput log) {
    assertRefused(get("/collections", "Accept", "garbage///"), 400, log);
  }

  @Test
  void anAuditExportFromBeforeAnyCalendar(CapturedOutput log) {
    HttpResponse<String> response =
        as(TestAccount.ADMIN).get("/admin/audit.csv?from=-1000000000-01-01T00:00:00Z");
    assertRefused(response, 400, log);
    assertThat(problem(response).path("parameter").asString()).isEqualTo("from");
  }

  @Test
  void theErrorPageAskedForDirectly(CapturedOutput log) {
    assertRefused(anonymous().get("/error"), 404, log);
  }

  @Test
  void aPathNothingServesIsNotFoundToAnyone() {
    for (ApiClient client :
        List.of(
            anonymous(),
            as(TestAccount.STAFF),
            anonymous().withToken(token(TestAccount.LEADER, false)))) {
      HttpResponse<String> response = client.get("/no-such-thing");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
    }
    assertThat(as(TestAccount.STAFF).send("POST", "/no-such-thing", "{}").statusCode())
        .as("a change still needs its CSRF token first; then it is as unknown")
        .isEqualTo(404);
  }

  @Test
  void pathsThatAreServedStayProtected() {
    assertThat(anonymous().get("/collections/duty-posts/items").statusCode())
        .as("a rule's path: sign in first")
        .isEqualTo(401);
    assertThat(as(TestAccount.STAFF).get("/admin/accounts").statusCode())
        .as("served, not for staff")
        .isEqualTo(403);
    assertThat(as(TestAccount.STAFF).send("DELETE", "/admin/accounts", null).statusCode())
        .as("served for other methods only, and no rule allows this one")
        .isEqualTo(403);
  }

  @Test
  void refusalsHaveNoNullMembersAndSpeakTheRequestsLanguage() {
    HttpResponse<String> unauthorized = anonymous().get("/collections", "Accept-Language", "en");
    HttpResponse<String> forbidden = as(TestAccount.STAFF).get("/admin/accounts");
    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    for (HttpResponse<String> refusal : List.of(unauthorized, forbidden)) {
      assertThat(refusal.body()).doesNotContain("null");
      assertThat(problem(refusal).path("detail").asString()).isNotBlank();
      assertThat(problem(refusal).path("instance").asString()).startsWith("/");
    }
    assertThat(problem(unauthorized).path("title").asString()).isEqualTo("Sign-in required");
    assertThat(problem(forbidden).path("title").asString()).isEqualTo("无权访问");
  }

  @Test
  void problemsSpeakTheRequestsLanguage() {
    HttpResponse<String> chinese = get("/collections/no-such-collection");
    HttpResponse<String> english = get("/collections/no-such-collection", "Accept-Language", "en");
    assertThat(problem(chinese).path("title").asString()).isEqualTo("未找到");
    assertThat(problem(english).path("title").asString()).isEqualTo("Not found");
  }

  private static JsonNode problem(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static void assertRefused(HttpResponse<String> response, int status, CapturedOutput log) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = problem(response);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asString()).isNotBlank();
    assertThat(problem.toString()).doesNotContain("null", "Exception");
    assertThat(log.getAll())
        .as("one line in the log, no stack trace")
        .doesNotContain("\tat ", "ERROR");
  }
}
