package cn.onegrid.server.security;

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
