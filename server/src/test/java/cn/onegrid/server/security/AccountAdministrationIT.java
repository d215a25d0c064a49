package cn.onegrid.server.security;

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
}
