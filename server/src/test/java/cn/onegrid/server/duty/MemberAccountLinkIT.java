package cn.onegrid.server.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An administrator links a member's account to a person of the register on {@code /accounts/{id}}
 * (before, only an invite did): the member account, now 李娜, becomes 王芳; other roles, unknown people
 * and people already linked are refused on the page, naming what was wrong.
 */
class MemberAccountLinkIT extends ApiTest {

  @Test
  void anAdministratorLinksAMembersAccountToAnotherPersonAndUnlinksIt() {
    long member = account(TestAccount.MEMBER);
    long wang = person("王芳（示例）");
    HttpResponse<String> linked = link(member, String.valueOf(wang));
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
    assertThat(linked.body()).contains("王芳（示例）（金华社区居委会）");
    assertThat(personOf(member)).isEqualTo(wang);

    assertThat(link(member, "").statusCode()).isEqualTo(200);
    assertThat(personOf(member)).isNull();
    assertThat(as(TestAccount.ADMIN).get("/accounts/" + member).body()).contains("尚未关联人员");
  }

  @Test
  void otherRolesUnknownPeopleAndPeopleAlreadyLinkedAreRefused() {
    long member = account(TestAccount.MEMBER);
    HttpResponse<String> staff = link(account(TestAccount.STAFF), String.valueOf(person("王芳（示例）")));
    assertThat(staff.statusCode()).isEqualTo(422);
    assertThat(staff.body()).contains("只有党员角色的账户才能关联人员");

    HttpResponse<String> nobody = link(member, "999999");
    assertThat(nobody.statusCode()).isEqualTo(422);
    assertThat(nobody.body()).contains("999999");

    jdbc.sql(
            """
            INSERT INTO account (username, display_name, password_hash, role)
            SELECT 'member.wang', '王芳', password_hash, 'member' FROM account WHERE id = :m
            """)
        .param("m", member)
        .update();
    long other =
        jdbc.sql("SELECT id FROM account WHERE username = 'member.wang'")
            .query(Long.class)
            .single();
    HttpResponse<String> taken = link(other, String.valueOf(person("李娜（示例）")));
    assertThat(taken.statusCode()).isEqualTo(422);
    assertThat(taken.body()).contains(TestAccount.MEMBER.username);
    assertThat(personOf(other)).isNull();
  }

  private HttpResponse<String> link(long account, String person) {
    ApiClient admin = as(TestAccount.ADMIN);
    return admin.send(
        "POST",
        "/accounts/" + account + "/person",
        "person="
            + person
            + "&_csrf="
            + URLEncoder.encode(admin.csrfToken(), StandardCharsets.UTF_8),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "Accept",
        "text/html");
  }

  private long account(TestAccount account) {
    return jdbc.sql("SELECT id FROM account WHERE username = :u")
        .param("u", account.username)
        .query(Long.class)
        .single();
  }

  private long person(String name) {
    return jdbc.sql("SELECT id FROM person WHERE name = :n")
        .param("n", name)
        .query(Long.class)
        .single();
  }

  private Long personOf(long account) {
    return jdbc.sql("SELECT person_id FROM account WHERE id = :a")
        .param("a", account)
        .query(Long.class)
        .optional()
        .orElse(null);
  }
}
