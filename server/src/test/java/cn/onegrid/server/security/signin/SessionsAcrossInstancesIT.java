package cn.onegrid.server.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.OneGridApplication;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the server on one PostGIS, as behind a load balancer: a session lives in the
 * database, so it goes on on either instance, and ending it on one ends it on both. The first
 * instance is the test's own; the second is another Spring context on another port.
 */
class SessionsAcrossInstancesIT extends ApiTest {

  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void startTheSecondInstance() {
    second =
        new SpringApplicationBuilder(OneGridApplication.class)
            .properties(
                "server.port=0",
                "onegrid.data.sample=none",
                "onegrid.analysis.enabled=false",
                "onegrid.db.url=" + TestDatabase.cluster().jdbcUrl(TestDatabase.DATABASE),
                "onegrid.db.user=" + EmbeddedPostgis.USER,
                "onegrid.db.password=" + TestDatabase.cluster().password())
            .run();
  }

  @AfterAll
  static void stopTheSecondInstance() {
    second.close();
  }

  @Test
  void signedInOnOneAPersonGoesOnOnTheOther() {
    ApiClient browser = signedIn(anonymous(), TestAccount.PLANNER);
    ApiClient elsewhere = browser.at(secondUrl());
    assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);
    HttpResponse<String> change =
        elsewhere.send("POST", "/account/tokens", "{\"name\":\"there\",\"write\":false}");
    assertThat(change.statusCode()).as("a change, with its CSRF token").isEqualTo(201);
    assertThat(browser.get("/account/tokens").body()).contains("\"name\":\"there\"");
  }

  @Test
  void signingOutOnOneEndsTheSessionOnTheOther() {
    ApiClient browser = signedIn(anonymous(), TestAccount.STAFF);
    ApiClient copy = new ApiClient(secondUrl());
    copy.setSessionId(browser.sessionId());
    assertThat(copy.get("/account").statusCode()).isEqualTo(200);
    browser.send("POST", "/logout", null, "X-CSRF-TOKEN", browser.csrfToken());
    assertThat(copy.get("/account").statusCode()).isEqualTo(401);
  }

  @Test
  void changingOnesPasswordOnOneEndsOnesOtherSessionsOnTheOther() {
    ApiClient elsewhere = signedIn(new ApiClient(secondUrl()), TestAccount.STAFF);
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
    assertThat(here.at(secondUrl()).get("/account").statusCode())
        .as("the changing session goes on, on either instance")
        .isEqualTo(200);
    assertThat(elsewhere.get("/account").statusCode()).isEqualTo(401);
  }

  @Test
  void anAdministratorsResetOnOneEndsTheAccountsSessionsOnTheOther() {
    ApiClient planner = signedIn(new ApiClient(secondUrl()), TestAccount.PLANNER);
    assertThat(planner.get("/account").statusCode()).isEqualTo(200);
    HttpResponse<String> reset =
        as(TestAccount.ADMIN)
            .send("POST", "/admin/accounts/" + idOf(TestAccount.PLANNER) + "/password", null);
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(planner.get("/account").statusCode()).isEqualTo(401);
  }

  @Test
  void theCapOnSessionsCountsThoseOfBothInstances() {
    List<ApiClient> browsers = new ArrayList<>();
    for (int i = 0; i < 6; i++) { // one past the default cap of 5
      browsers.add(signedIn(new ApiClient(i % 2 == 0 ? url("") : secondUrl()), TestAccount.STAFF));
    }
    assertThat(browsers.get(0).get("/account").statusCode())
        .as("the oldest session, ended by the sixth sign-in on the other instance")
        .isEqualTo(401);
    for (ApiClient browser : browsers.subList(1, 6)) {
      assertThat(browser.get("/account").statusCode()).isEqualTo(200);
    }
  }

  private static ApiClient signedIn(ApiClient client, TestAccount account) {
    HttpResponse<String> login = client.login(account.username, TestAccount.PASSWORD);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return client;
  }

  private static String secondUrl() {
    return "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
  }

  private long idOf(TestAccount account) {
    for (JsonNode row : JSON.readTree(as(TestAccount.ADMIN).get("/admin/accounts").body())) {
      if (row.path("username").asString().equals(account.username)) {
        return row.path("id").asLong();
      }
    }
    throw new AssertionError("no account " + account);
  }
}
