package cn.onegrid.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Sessions, CSRF, lockout, headers, sizes and errors, over real HTTP. */
class HardeningIT extends ApiTest {

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (HttpResponse<String> response :
        java.util.List.of(
            get("/", "Accept", "text/html"),
            get("/collections?f=html"),
            anonymous().get("/login", "Accept", "text/html"))) {
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
  }

  @Test
  void theSessionCookieIsHttpOnlySecureAndSameSite() {
    ApiClient client = anonymous();
    HttpResponse<String> login = client.login(TestAccount.STAFF.username, TestAccount.PASSWORD);
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("ONEGRID_SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
  }

  @Test
  void signingInChangesTheSessionId() {
    ApiClient client = anonymous();
    client.login(TestAccount.STAFF.username, TestAccount.PASSWORD);
    String before = client.sessionId();
    client.send("POST", "/logout", null, "X-CSRF-TOKEN", client.csrfToken());
    client.setSessionId(before); // a session id an attacker knew before the victim signed in
    client.login(TestAccount.STAFF.username, TestAccount.PASSWORD);
    assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);
    assertThat(client.get("/account").statusCode()).isEqualTo(200);

    ApiClient attacker = anonymous();
    attacker.setSessionId(before);
    assertThat(attacker.get("/account").statusCode())
        .as("the id fixed before sign-in is worth nothing after it")
        .isEqualTo(401);
  }

  @Test
  void aChangeWithoutTheCsrfTokenIsRefused() {
    ApiClient staff = as(TestAccount.STAFF);
    HttpResponse<String> forged =
        staff.send(
            "POST", "/account/tokens", "{\"name\":\"x\"}", "Content-Type", "application/json");
    assertThat(forged.statusCode()).isEqualTo(403);
    HttpResponse<String> wrong =
        staff.send(
            "POST",
            "/account/tokens",
            "{\"name\":\"x\"}",
            "Content-Type",
            "application/json",
            "X-CSRF-TOKEN",
            "forged");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(staff.send("POST", "/account/tokens", "{\"name\":\"x\"}").statusCode())
        .isEqualTo(201);
  }

  @Test
  void signingOutNeedsTheCsrfTokenToo() {
    ApiClient staff = as(TestAccount.STAFF);
    staff.send("POST", "/logout", "", "Accept", "application/json");
    assertThat(staff.get("/account").statusCode())
        .as("a forged sign-out does nothing")
        .isEqualTo(200);
    staff.send("POST", "/logout", null, "X-CSRF-TOKEN", staff.csrfToken());
    assertThat(staff.get("/account").statusCode()).isEqualTo(401);
  }

  @Test
  void repeatedFailuresSlowGuessingDownButNeverLockTheOwnerOut() throws InterruptedException {
    ApiClient client = anonymous();
    for (int i = 0; i < 4; i++) {
      // A trailing space is the same account as sign-in reads it: it counts too.
      HttpResponse<String> failed = client.login(TestAccount.STAFF.username + " ", "wrong-" + i);
      assertThat(failed.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_log WHERE action = 'sign-in-slowed' AND username = ?")
                .param(TestAccount.STAFF.username)
                .query(Long.class)
                .single())
        .as("the audit log says where guessing was slowed down (once a lockout)")
        .isEqualTo(1);
    HttpResponse<String> tooSoon = client.login(TestAccount.STAFF.username, TestAccount.PASSWORD);
    assertThat(tooSoon.headers().firstValue("Location"))
        .as("turned away before the password is checked")
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?slow"));
    assertThat(client.get("/login?slow", "Accept", "text/html").body()).contains("请稍等片刻再试");

    long deadline = System.nanoTime() + 5_000_000_000L; // the fourth failure costs one second
    HttpResponse<String> signedIn;
    do {
      Thread.sleep(250);
      signedIn = client.login(TestAccount.STAFF.username, TestAccount.PASSWORD);
    } while (signedIn.headers().firstValue("Location").orElse("").endsWith("?slow")
        && System.nanoTime() < deadline);
    assertThat(signedIn.headers().firstValue("Location"))
        .as("the owner signs in once the short wait is over: no lock")
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error").doesNotContain("slow"));
    assertThat(client.get("/account").statusCode()).isEqualTo(200);
  }

  @Test
  void forwardedHeadersFromAnUntrustedClientMoveNoLinkAndNoRedirect() {
    HttpResponse<String> landing =
        get("/", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
    assertThat(landing.body()).doesNotContain("evil.example").contains(url("/"));
    HttpResponse<String> page =
        anonymous().get("/", "Accept", "text/html", "X-Forwarded-Host", "evil.example");
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("evil.example"));
  }

  @Test
  void aPageRequestWithoutASessionGoesToTheSignInPage() {
    HttpResponse<String> page = anonymous().get("/", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void anApiRequestWithoutCredentialsIsAProblem() {
    HttpResponse<String> api = anonymous().get("/collections");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(api.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void aTooLargeBodyIsRefusedBeforeAnythingParsesIt() {
    String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
    HttpResponse<String> response = as(TestAccount.STAFF).send("POST", "/account/tokens", big);
    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedAsItArrives() throws Exception {
    String padding = "0".repeat(1100 * 1024);
    HttpResponse<String> response =
        chunked(PREVIEW, "{\"type\":\"Feature\",\"geometry\":null,\"pad\":\"" + padding + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("1048576");
    HttpResponse<String> parsed =
        chunked(PREVIEW.replace("preview", "paint"), "{\"microGrids\":[\"" + padding + "\"]}");
    assertThat(parsed.statusCode()).as("read by Spring MVC: " + parsed.body()).isEqualTo(413);
  }

  @Test
  void aChunkedBodyUnderTheLimitIsRead() throws Exception {
    HttpResponse<String> response =
        chunked(
            PREVIEW,
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[121.301,31.251],[121.309,31.251],[121.309,31.259],[121.301,31.259],"
                + "[121.301,31.251]]]}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static final String PREVIEW =
      "/collections/duty-post-areas/items/310114118009P01/edit/preview";

  /** POSTs the body without a declared length (Transfer-Encoding: chunked), with a write token. */
  private HttpResponse<String> chunked(String path, String body) throws Exception {
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
            .header("Authorization", "Bearer " + token(TestAccount.PLANNER, true))
            .header("Content-Type", "application/geo+json")
            .header("Accept-Language", "en")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(bytes)))
            .build();
    return java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void errorsNeverShowInternals() {
    HttpResponse<String> bad = get("/collections/committees/items?limit=abc");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).doesNotContain("Exception", "at cn.", "SELECT", "org.springframework");
    HttpResponse<String> error = anonymous().get("/error");
    assertThat(error.body()).doesNotContain("Exception", "trace");
  }

  @Test
  void aReadOnlyTokenReadsButChangesNothingAndCannotManageTokens() {
    ApiClient machine = anonymous().withToken(token(TestAccount.PLANNER, false));
    assertThat(machine.get("/collections").statusCode()).isEqualTo(200);
    assertThat(machine.send("POST", "/account/tokens", "{\"name\":\"more\"}").statusCode())
        .isEqualTo(403);
    assertThat(machine.get("/account/tokens").statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownTokenIsRefusedEvenWhereVisitorsAreWelcome() {
    HttpResponse<String> response =
        anonymous().withToken("og_" + "A".repeat(43)).get("/login", "Accept", "text/html");
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenIsShownOnceAndListedWithoutItsSecret() {
    String secret = token(TestAccount.STAFF, false);
    assertThat(secret).startsWith("og_").hasSize(46);
    String list = as(TestAccount.STAFF).get("/account/tokens").body();
    assertThat(list).contains("\"name\":\"test\"").doesNotContain(secret).doesNotContain("hash");
    assertThat(as(TestAccount.LEADER).get("/account/tokens").body())
        .as("nobody sees another's tokens")
        .isEqualTo("[]");
  }
}
