package cn.onegrid.server.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sessions are for people who signed in: a token or a visitor never gets one, so revoking a token
 * ends all access through it at once, and any number of machine or anonymous requests keeps the
 * number of sessions flat.
 */
class SessionsIT extends ApiTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aTokenRequestGetsNoSession() {
    String token = token(TestAccount.PLANNER, true);
    HttpResponse<String> read = anonymous().withToken(token).get("/collections/committees/items");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(sessionCookies(read)).isEmpty();
  }

  @Test
  void aRevokedTokenEndsAllAccessAtOnce() throws Exception {
    String token = token(TestAccount.PLANNER, true);
    ApiClient machine = anonymous().withToken(token);
    assertThat(machine.get("/collections/duty-posts/items").statusCode()).isEqualTo(200);
    long id =
        JSON.readTree(as(TestAccount.PLANNER).get("/account/tokens").body())
            .valueStream()
            .findFirst()
            .orElseThrow()
            .path("id")
            .asLong();
    assertThat(as(TestAccount.PLANNER).send("DELETE", "/account/tokens/" + id, null).statusCode())
        .isEqualTo(204);
    assertThat(machine.get("/collections/duty-posts/items").statusCode()).isEqualTo(401);
  }

  @Test
  void anonymousRequestsGetNoSession() {
    for (String path : List.of("/login", "/", "/collections")) {
      HttpResponse<String> response = anonymous().get(path, "Accept", "text/html");
      assertThat(sessionCookies(response)).as(path).isEmpty();
    }
  }

  @Test
  void tokenAnonymousAndStaticRequestsLeaveNoRowInTheSessionsTable() throws Exception {
    String token = token(TestAccount.PLANNER, false);
    ApiClient planner = as(TestAccount.PLANNER);
    planner.send("POST", "/logout", null, "X-CSRF-TOKEN", planner.csrfToken());
    assertThat(sessionRows()).as("signed out: its row is gone").isZero();
    ApiClient machine = anonymous().withToken(token);
    for (int i = 0; i < 10; i++) {
      assertThat(machine.get("/collections/committees/items").statusCode()).isEqualTo(200);
      assertThat(basic("qgis", token, "/collections/micro-grids/items").statusCode())
          .isEqualTo(200);
      assertThat(anonymous().get("/login", "Accept", "text/html").statusCode()).isEqualTo(200);
      assertThat(anonymous().get("/login.css").statusCode()).isEqualTo(200);
      assertThat(anonymous().get("/js/api.js").statusCode()).isEqualTo(401);
      assertThat(anonymous().get("/", "Accept", "text/html").statusCode()).isEqualTo(302);
    }
    assertThat(sessionRows()).isZero();
  }

  @Test
  void aPersonsSessionIsARowUnderTheirUsernameWithTheIdleTimeout() {
    assertThat(as(TestAccount.STAFF).get("/account").statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql("SELECT principal_name, max_inactive_interval FROM spring_session")
                .query((row, n) -> row.getString(1) + " " + row.getInt(2))
                .list())
        .containsExactly(TestAccount.STAFF.username + " 3600");
  }

  @Test
  void aSessionsLastAccessIsWrittenAtMostOnceAMinute() {
    ApiClient staff = as(TestAccount.STAFF);
    assertThat(staff.get("/account").statusCode()).isEqualTo(200);
    long first = lastAccess(TestAccount.STAFF);
    assertThat(staff.get("/account").statusCode()).isEqualTo(200);
    assertThat(lastAccess(TestAccount.STAFF)).as("again within the minute").isEqualTo(first);
    long minuteAndASecond = 61_000;
    jdbc.sql(
            "UPDATE spring_session SET last_access_time = last_access_time - :ago,"
                + " expiry_time = expiry_time - :ago WHERE principal_name = :name")
        .param("ago", minuteAndASecond)
        .param("name", TestAccount.STAFF.username)
        .update();
    assertThat(staff.get("/account").statusCode()).isEqualTo(200);
    assertThat(lastAccess(TestAccount.STAFF))
        .as("a minute later: written")
        .isGreaterThanOrEqualTo(first);
  }

  private long lastAccess(TestAccount account) {
    return jdbc.sql("SELECT max(last_access_time) FROM spring_session WHERE principal_name = :name")
        .param("name", account.username)
        .query(Long.class)
        .single();
  }

  @Test
  void aSessionIdleLongerThanTheTimeoutIsOver() {
    ApiClient staff = as(TestAccount.STAFF);
    assertThat(staff.get("/account").statusCode()).isEqualTo(200);
    long hourAndASecond = 3_601_000; // milliseconds, as the table counts them
    jdbc.sql(
            "UPDATE spring_session SET last_access_time = last_access_time - :idle,"
                + " expiry_time = expiry_time - :idle")
        .param("idle", hourAndASecond)
        .update();
    assertThat(staff.get("/account").statusCode()).isEqualTo(401);
  }

  @Test
  void signingInStillWorksWithTheCsrfTokenInItsOwnCookie() {
    ApiClient staff = anonymous();
    HttpResponse<String> login = staff.login(TestAccount.STAFF.username, TestAccount.PASSWORD);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    assertThat(staff.sessionId()).isNotNull();
    assertThat(staff.get("/account").statusCode()).isEqualTo(200);
  }

  @Test
  void desktopClientsSendTheTokenAsTheBasicPassword() throws Exception {
    String token = token(TestAccount.STAFF, false);
    HttpResponse<String> read = basic("qgis", token, "/collections/micro-grids/items");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(sessionCookies(read)).isEmpty();
  }

  @Test
  void curlReadsACollectionWithTheTokenAsItsBasicPassword() throws Exception {
    String token = token(TestAccount.STAFF, false);
    Process curl =
        new ProcessBuilder(
                "curl", "-sS", "-u", "curl:" + token, url("/collections/committees/items?f=json"))
            .redirectErrorStream(true)
            .start();
    String body = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(curl.waitFor()).as(body).isZero();
    assertThat(JSON.readTree(body).path("features").size()).isEqualTo(2);
  }

  @Test
  void anAccountsOwnPasswordIsNeverABasicPassword() throws Exception {
    HttpResponse<String> read =
        basic(TestAccount.STAFF.username, TestAccount.PASSWORD, "/collections/micro-grids/items");
    assertThat(read.statusCode()).isEqualTo(401);
  }

  @Test
  void changingOnesPasswordEndsOnesOtherSessions() {
    ApiClient elsewhere = anonymous();
    elsewhere.login(TestAccount.STAFF.username, TestAccount.PASSWORD);
    assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);
    ApiClient here = as(TestAccount.STAFF);
    String form = here.get("/password", "Accept", "text/html").body();
    String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    HttpResponse<String> changed =
        here.send(
            "POST",
            "/password",
            "current="
                + TestAccount.PASSWORD
                + "&password=river-Tea-Kite-7-lantern&confirm=river-Tea-Kite-7-lantern&_csrf="
                + csrf,
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(here.get("/account").statusCode()).as("this session goes on").isEqualTo(200);
    assertThat(elsewhere.get("/account").statusCode()).isEqualTo(401);
  }

  @Test
  void aResetEndsTheAccountsSessionsAndTokens() {
    String token = token(TestAccount.PLANNER, true);
    ApiClient planner = as(TestAccount.PLANNER);
    ApiClient machine = anonymous().withToken(token);
    assertThat(machine.get("/collections/duty-posts/items").statusCode()).isEqualTo(200);
    HttpResponse<String> reset =
        as(TestAccount.ADMIN)
            .send("POST", "/admin/accounts/" + idOf(TestAccount.PLANNER) + "/password", null);
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(planner.get("/account").statusCode()).isEqualTo(401);
    assertThat(machine.get("/collections/duty-posts/items").statusCode()).isEqualTo(401);
  }

  @Test
  void administratorsListAndRevokeAnyAccountsTokens() {
    String token = token(TestAccount.PLANNER, false);
    ApiClient machine = anonymous().withToken(token);
    ApiClient admin = as(TestAccount.ADMIN);
    long account = idOf(TestAccount.PLANNER);
    HttpResponse<String> listed = admin.get("/admin/accounts/" + account + "/tokens");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).doesNotContain(token).doesNotContain("secret");
    long id =
        JSON.readTree(listed.body()).valueStream().findFirst().orElseThrow().path("id").asLong();
    assertThat(
            admin
                .send(
                    "DELETE", "/admin/accounts/" + idOf(TestAccount.STAFF) + "/tokens/" + id, null)
                .statusCode())
        .as("another account's token")
        .isEqualTo(404);
    assertThat(machine.get("/collections/committees/items").statusCode()).isEqualTo(200);
    assertThat(
            admin.send("DELETE", "/admin/accounts/" + account + "/tokens/" + id, null).statusCode())
        .isEqualTo(204);
    assertThat(machine.get("/collections/committees/items").statusCode()).isEqualTo(401);
    assertThat(admin.get("/admin/audit").body()).contains("\"action\":\"revoke-token\"");
  }

  private long idOf(TestAccount account) {
    for (JsonNode row : JSON.readTree(as(TestAccount.ADMIN).get("/admin/accounts").body())) {
      if (row.path("username").asString().equals(account.username)) {
        return row.path("id").asLong();
      }
    }
    throw new AssertionError("no account " + account);
  }

  private long sessionRows() {
    return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
  }

  private HttpResponse<String> basic(String user, String password, String path) throws Exception {
    String pair =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Authorization", "Basic " + pair)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> sessionCookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("ONEGRID_SESSION="))
        .toList();
  }
}
