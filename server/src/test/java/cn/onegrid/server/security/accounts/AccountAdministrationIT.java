package cn.onegrid.server.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Administrators make and change accounts; a change takes effect at once. */
class AccountAdministrationIT extends ApiTest {

  private long idOf(TestAccount account) {
    for (JsonNode row : JSON.readTree(as(TestAccount.ADMIN).get("/admin/accounts").body())) {
      if (row.path("username").asString().equals(account.username)) {
        return row.path("id").asLong();
      }
    }
    throw new AssertionError("no account " + account);
  }

  @Test
  void aNewAccountGetsAPasswordShownOnceThatMustBeChanged() {
    HttpResponse<String> created =
        as(TestAccount.ADMIN)
            .send(
                "POST",
                "/admin/accounts",
                "{\"username\":\"staff.wu\",\"displayName\":\"吴\",\"role\":\"staff\","
                    + "\"committees\":[\"310114118203\"]}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.path("account").path("mustChangePassword").asBoolean()).isTrue();
    assertThat(body.path("account").has("passwordHash")).isFalse();
    String password = body.path("password").asString();
    ApiClient wu = anonymous();
    assertThat(wu.login("staff.wu", password).headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/password"));
    assertThat(as(TestAccount.ADMIN).get("/admin/accounts").body()).doesNotContain("argon2");
    assertThat(
            jdbc.sql("SELECT password_hash FROM account WHERE username = 'staff.wu'")
                .query(String.class)
                .single())
        .as("Argon2id, named so a stronger choice can follow")
        .startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
    assertThat(as(TestAccount.ADMIN).get("/admin/audit").body())
        .contains(
            "\"username\":\"admin.li\",\"action\":\"create-account\",\"subject\":\"account"
                + " staff.wu\",\"detail\":\"staff [310114118203]\"");
  }

  @Test
  void disablingAnAccountEndsItsSessionsAtOnce() {
    ApiClient staff = as(TestAccount.STAFF);
    assertThat(staff.get("/summary").statusCode()).isEqualTo(200);
    HttpResponse<String> changed =
        as(TestAccount.ADMIN)
            .send(
                "PUT",
                "/admin/accounts/" + idOf(TestAccount.STAFF),
                "{\"role\":\"staff\",\"enabled\":false}");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(staff.get("/summary").statusCode()).isEqualTo(401);
    assertThat(
            anonymous()
                .login(TestAccount.STAFF.username, TestAccount.PASSWORD)
                .headers()
                .firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
  }

  @Test
  void aRoleChangeTakesEffectAtTheNextSignIn() {
    as(TestAccount.STAFF).get("/summary");
    as(TestAccount.ADMIN)
        .send("PUT", "/admin/accounts/" + idOf(TestAccount.STAFF), "{\"role\":\"admin\"}");
    ApiClient promoted = anonymous();
    promoted.login(TestAccount.STAFF.username, TestAccount.PASSWORD);
    assertThat(promoted.get("/admin/accounts").statusCode()).isEqualTo(200);
  }

  @Test
  void anUnknownRoleOrCommitteeIsABadRequest() {
    assertThat(
            as(TestAccount.ADMIN)
                .send("POST", "/admin/accounts", "{\"username\":\"x.y\",\"role\":\"root\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            as(TestAccount.ADMIN)
                .send(
                    "POST",
                    "/admin/accounts",
                    "{\"username\":\"x.y\",\"role\":\"staff\",\"committees\":[\"1; DROP\"]}")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void theLastEnabledAdministratorCannotBeDisabledOrDemoted() {
    ApiClient admin = as(TestAccount.ADMIN);
    String self = "/admin/accounts/" + idOf(TestAccount.ADMIN);
    HttpResponse<String> demoted = admin.send("PUT", self, "{\"role\":\"staff\"}");
    assertThat(demoted.statusCode()).isEqualTo(400);
    assertThat(demoted.body()).contains("最后一个启用的管理员");
    assertThat(admin.send("PUT", self, "{\"role\":\"admin\",\"enabled\":false}").statusCode())
        .isEqualTo(400);
    assertThat(admin.get("/admin/accounts").statusCode())
        .as("still an administrator")
        .isEqualTo(200);

    admin.send(
        "POST",
        "/admin/accounts",
        "{\"username\":\"admin.disabled\",\"role\":\"admin\",\"enabled\":false}");
    assertThat(admin.send("PUT", self, "{\"role\":\"staff\"}").statusCode())
        .as("a disabled administrator does not count")
        .isEqualTo(400);
    admin.send("POST", "/admin/accounts", "{\"username\":\"admin.two\",\"role\":\"admin\"}");
    assertThat(admin.send("PUT", self, "{\"role\":\"staff\"}").statusCode()).isEqualTo(200);
  }

  @Test
  void anUnknownOrRepeatedCommitteeIsUnprocessable() {
    ApiClient admin = as(TestAccount.ADMIN);
    HttpResponse<String> unknown =
        admin.send(
            "POST",
            "/admin/accounts",
            "{\"username\":\"x.y\",\"role\":\"staff\",\"committees\":[\"999999999999\"]}");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("999999999999");
    HttpResponse<String> twice =
        admin.send(
            "PUT",
            "/admin/accounts/" + idOf(TestAccount.STAFF),
            "{\"role\":\"staff\",\"committees\":[\"310114118009\",\"310114118009\"]}");
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(twice.body()).contains("310114118009").doesNotContain("taken");
  }

  @Test
  void anAccountCreatedDisabledCannotSignIn() {
    HttpResponse<String> created =
        as(TestAccount.ADMIN)
            .send(
                "POST",
                "/admin/accounts",
                "{\"username\":\"staff.later\",\"role\":\"staff\",\"enabled\":false}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.path("account").path("enabled").asBoolean()).isFalse();
    assertThat(
            anonymous()
                .login("staff.later", body.path("password").asString())
                .headers()
                .firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
  }

  @Test
  void onlyPlannersAreOfferedWriteTokens() {
    for (TestAccount reader : new TestAccount[] {TestAccount.STAFF, TestAccount.LEADER}) {
      ApiClient client = as(reader);
      assertThat(
              client
                  .send("POST", "/account/tokens", "{\"name\":\"m\",\"write\":true}")
                  .statusCode())
          .as(reader.name())
          .isEqualTo(400);
      assertThat(client.get("/tokens", "Accept", "text/html").body())
          .as(reader.name())
          .doesNotContain("name=\"write\"");
    }
    assertThat(as(TestAccount.PLANNER).get("/tokens", "Accept", "text/html").body())
        .contains("name=\"write\"");
    assertThat(token(TestAccount.PLANNER, true)).startsWith("og_");
  }
}
