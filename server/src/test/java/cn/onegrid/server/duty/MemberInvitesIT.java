package cn.onegrid.server.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Staff invite a member of a post; the invite's page sets the password once; then they sign in. */
class MemberInvitesIT extends ApiTest {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Test
  void staffInviteAPostsMemberWhoSetsAPasswordAndSignsIn() {
    long wang = person("王芳（示例）");
    JsonNode invite = invite(TestAccount.STAFF, wang, 201);
    String username = invite.path("username").asString();
    assertThat(username).isEqualTo("m" + wang);
    assertThat(invite.path("link").asString()).startsWith("/join?code=");

    ApiClient phone = anonymous();
    HttpResponse<String> page = phone.get(invite.path("link").asString(), "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(username);

    String code = invite.path("code").asString();
    HttpResponse<String> weak = join(phone, page.body(), code, "password123");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(phone.login(username, "password123").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("error"));

    HttpResponse<String> joined = join(phone, page.body(), code, "Qz7-lantern-Harbor");
    assertThat(joined.statusCode()).isEqualTo(303);
    HttpResponse<String> signIn = anonymous().login(username, "Qz7-lantern-Harbor");
    assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

    HttpResponse<String> again = join(phone, page.body(), code, "Other-lantern-42x");
    assertThat(again.statusCode()).as("the code is used up").isEqualTo(400);
    assertThat(audit("member-invite")).isEqualTo(1);
  }

  @Test
  void staffCannotInviteAnotherCommitteesPerson() {
    long other =
        jdbc.sql(
                "INSERT INTO person (committee_id, name, role) SELECT id, '赵六', 'party_member'"
                    + " FROM committee WHERE code = '310114118203' RETURNING id")
            .query(Long.class)
            .single();
    invite(TestAccount.STAFF, other, 404);
  }

  @Test
  void aPersonServingNoPostIsNotInvited() {
    long idle =
        jdbc.sql(
                "INSERT INTO person (committee_id, name, role) SELECT id, '钱七', 'party_member'"
                    + " FROM committee WHERE code = '310114118009' RETURNING id")
            .query(Long.class)
            .single();
    JsonNode problem = invite(TestAccount.STAFF, idle, 422);
    assertThat(problem.path("parameter").asString()).isEqualTo("person");
  }

  @Test
  void aNewInviteReplacesTheUnusedOne() {
    long wang = person("王芳（示例）");
    String first = invite(TestAccount.ADMIN, wang, 201).path("code").asString();
    invite(TestAccount.STAFF, wang, 201);
    HttpResponse<String> page = anonymous().get("/join?code=" + first, "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(400);
  }

  private JsonNode invite(TestAccount who, long person, int status) {
    HttpResponse<String> response =
        as(who).send("POST", "/members/invites", "{\"person\":" + person + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> join(
      ApiClient client, String page, String code, String password) {
    Matcher csrf = CSRF_FIELD.matcher(page);
    assertThat(csrf.find()).isTrue();
    String form =
        "code="
            + URLEncoder.encode(code, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&confirm="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    return client.send("POST", "/join", form, "Content-Type", "application/x-www-form-urlencoded");
  }

  private long person(String name) {
    return jdbc.sql("SELECT id FROM person WHERE name = :n")
        .param("n", name)
        .query(Long.class)
        .single();
  }

  private int audit(String action) {
    return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a")
        .param("a", action)
        .query(Integer.class)
        .single();
  }
}
