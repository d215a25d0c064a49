package cn.onegrid.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import cn.onegrid.server.security.accounts.FirstAdmin;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The settings that open things up: the plain map for visitors, and the first administrator from
 * the environment, who must choose its own password before anything else.
 */
@TestPropertySource(
    properties = {
      "onegrid.security.anonymous-map=true",
      "onegrid.security.admin.username=first.admin",
      "onegrid.security.admin.password=given-by-env-1",
      "onegrid.proxy.trusted=127.0.0.1"
    })
class OpenSettingsIT extends ApiTest {

  @Autowired private FirstAdmin firstAdmin;
  @Autowired private AccountRepository accounts;

  @Test
  void visitorsSeeThePlainMapButNoPeople() {
    ApiClient visitor = anonymous();
    assertThat(visitor.get("/", "Accept", "text/html").statusCode()).isEqualTo(200);
    assertThat(visitor.get("/js/main.js").statusCode()).isEqualTo(200);
    assertThat(visitor.get("/collections/committees/items").statusCode()).isEqualTo(200);
    assertThat(visitor.get("/collections/towns/items").statusCode()).isEqualTo(200);
    assertThat(visitor.get("/collections/duty-posts/items").statusCode())
        .as("posts name their leaders")
        .isEqualTo(401);
    assertThat(visitor.get("/collections/comprehensive-grids/items").statusCode()).isEqualTo(401);
    assertThat(visitor.get("/cards/committees/310114118009").statusCode()).isEqualTo(401);
    assertThat(visitor.get("/admin/accounts").statusCode()).isEqualTo(401);
  }

  @Test
  void visitorsAreShownOnlyWhatTheyMayRead() {
    ApiClient visitor = anonymous();
    JsonNode collections = JSON.readTree(visitor.get("/collections").body());
    assertThat(collections.path("collections").valueStream().map(c -> c.path("id").asString()))
        .containsExactly("towns", "committees");
    JsonNode found = JSON.readTree(visitor.get("/search?q=310114118203").body());
    assertThat(found.path("results").valueStream().map(r -> r.path("collection").asString()))
        .as("no grids or posts: their cards name people")
        .isNotEmpty()
        .containsOnly("committees");
    JsonNode leaders = JSON.readTree(as(TestAccount.LEADER).get("/search?q=310114118203").body());
    assertThat(leaders.path("results").valueStream().map(r -> r.path("collection").asString()))
        .contains("duty-posts");
  }

  @Test
  void aTrustedProxysForwardedHostMakesTheLinks() {
    JsonNode landing =
        JSON.readTree(
            anonymous()
                .get("/", "X-Forwarded-Host", "grid.jiangqiao.gov.cn", "X-Forwarded-Proto", "https")
                .body());
    assertThat(landing.path("links").get(0).path("href").asString())
        .startsWith("https://grid.jiangqiao.gov.cn/");
  }

  @Test
  void theFirstAdministratorMustChooseItsOwnPasswordFirst() {
    jdbc.sql("DELETE FROM account WHERE role = 'admin'").update(); // as on a first start
    firstAdmin.afterPropertiesSet();
    assertThat(accounts.byUsername("first.admin")).isPresent();

    ApiClient admin = anonymous();
    HttpResponse<String> login = admin.login("first.admin", "given-by-env-1");
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/password"));
    assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(403);
    HttpResponse<String> page = admin.get("/", "Accept", "text/html");
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/password"));

    String form = admin.get("/password", "Accept", "text/html").body();
    String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    HttpResponse<String> weak =
        admin.send(
            "POST",
            "/password",
            "current=given-by-env-1&password=first.admin2024&confirm=first.admin2024&_csrf=" + csrf,
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).as("the page says why").contains("含有用户名");
    HttpResponse<String> changed =
        admin.send(
            "POST",
            "/password",
            "current=given-by-env-1&password=river-Tea-Kite-7-lantern&confirm=river-Tea-Kite-7-lantern&_csrf="
                + csrf,
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
    assertThat(anonymous().login("first.admin", "given-by-env-1").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
  }

  @Test
  void anExistingAdministratorIsNeverReplaced() {
    firstAdmin.afterPropertiesSet();
    assertThat(accounts.byUsername("first.admin"))
        .as("the test accounts already have an administrator")
        .isEmpty();
  }

  @Test
  void onlyEnabledAdministratorsCount() {
    jdbc.sql("UPDATE account SET enabled = false WHERE role = 'admin'").update();
    firstAdmin.afterPropertiesSet();
    assertThat(accounts.byUsername("first.admin"))
        .as("an installation whose administrators are all disabled gets one back")
        .isPresent();
  }
}
