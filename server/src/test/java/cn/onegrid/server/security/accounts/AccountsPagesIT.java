package cn.onegrid.server.security.accounts;

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

/**
 * The administrators' pages for accounts and the audit log: plain forms over real HTTP, doing what
 * the JSON API does, refusals said on the page in the reader's language, nothing half done.
 */
class AccountsPagesIT extends ApiTest {

  private static final Pattern SECRET = Pattern.compile("<code class=\"og-secret\">([^<]+)</code>");

  @Test
  void anAdministratorCreatesAnAccountWhoseFirstPasswordIsShownOnce() {
    ApiClient admin = as(TestAccount.ADMIN);
    HttpResponse<String> created =
        form(
            admin,
            "/accounts",
            "username=wang.wu&displayName="
                + encode("王五")
                + "&role=staff&committees="
                + encode("310114118009，")
                + "&enabled=true");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("账号 wang.wu 已创建", "王五");
    Matcher secret = SECRET.matcher(created.body());
    assertThat(secret.find()).isTrue();

    HttpResponse<String> list = admin.get("/accounts");
    assertThat(list.body()).contains("wang.wu", "310114118009", "工作人员");
    assertThat(list.body()).doesNotContain(secret.group(1));
    HttpResponse<String> signIn = new ApiClient(url("")).login("wang.wu", secret.group(1));
    assertThat(signIn.headers().firstValue("Location"))
        .hasValueSatisfying(to -> assertThat(to).endsWith("/password"));
  }

  @Test
  void aRefusedAccountIsSaidOnThePageWithTheFormAsSentAndNothingStored() {
    ApiClient admin = as(TestAccount.ADMIN);
    HttpResponse<String> badName =
        form(admin, "/accounts", "username=" + encode("王 五") + "&displayName=x&role=staff");
    assertThat(badName.statusCode()).isEqualTo(400);
    assertThat(badName.body()).contains("用户名为 2 至 64 个").contains("value=\"王 五\"");

    HttpResponse<String> unknown =
        form(admin, "/accounts?lang=en", "username=zhou&role=staff&committees=310114999999");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("310114999999");
    assertThat(
            jdbc.sql("SELECT count(*) FROM account WHERE username IN ('zhou')")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theLastAdministratorCannotBeDisabledFromItsPage() {
    ApiClient admin = as(TestAccount.ADMIN);
    long id = accountId(TestAccount.ADMIN.username);
    HttpResponse<String> refused =
        form(admin, "/accounts/" + id, "displayName=" + encode("李") + "&role=admin");
    assertThat(refused.statusCode()).isEqualTo(400); // as the JSON API answers it
    assertThat(refused.body()).contains("最后一个启用的管理员");
    assertThat(
            jdbc.sql("SELECT enabled FROM account WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void aResetEndsTheAccountsSessionsAndTokensAndAChangeIsAudited() {
    ApiClient staff = as(TestAccount.STAFF);
    assertThat(staff.get("/account").statusCode()).isEqualTo(200);
    ApiClient admin = as(TestAccount.ADMIN);
    long id = accountId(TestAccount.STAFF.username);

    HttpResponse<String> reset = form(admin, "/accounts/" + id + "/password", "");
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(SECRET.matcher(reset.body()).find()).isTrue();
    assertThat(staff.get("/account").statusCode()).isEqualTo(401);

    HttpResponse<String> changed =
        form(
            admin,
            "/accounts/" + id,
            "displayName=" + encode("孙") + "&role=leader&committees=&enabled=true");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("已保存");
    HttpResponse<String> audit = admin.get("/audit?username=" + TestAccount.ADMIN.username);
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(audit.body())
        .contains("<td>reset-password</td>", "<td>change-account</td>")
        .contains("account " + TestAccount.STAFF.username)
        .contains("/admin/audit.csv?from=");
    assertThat(admin.get("/audit?action=no-such-action").body())
        .doesNotContain("<td>reset-password</td>");
  }

  @Test
  void anAuditDateThatIsNoDateIsSaidInEitherLanguage() {
    ApiClient admin = as(TestAccount.ADMIN);
    HttpResponse<String> zh = admin.get("/audit?from=2026-13-01");
    assertThat(zh.statusCode()).isEqualTo(400);
    assertThat(zh.body()).contains("日期“2026-13-01”无法识别");
    HttpResponse<String> en = admin.get("/audit?from=yesterday&lang=en");
    assertThat(en.statusCode()).isEqualTo(400);
    assertThat(en.body()).contains("The date &quot;yesterday&quot; is not one");
  }

  @Test
  void onlyAdministratorsSeeThePages() {
    for (TestAccount account :
        new TestAccount[] {TestAccount.LEADER, TestAccount.PLANNER, TestAccount.STAFF}) {
      assertThat(as(account).get("/accounts").statusCode()).isEqualTo(403);
      assertThat(as(account).get("/audit").statusCode()).isEqualTo(403);
    }
  }

  private long accountId(String username) {
    return jdbc.sql("SELECT id FROM account WHERE username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private static HttpResponse<String> form(ApiClient client, String path, String body) {
    String separator = body.isEmpty() ? "" : "&";
    return client.send(
        "POST",
        path,
        body + separator + "_csrf=" + encode(client.csrfToken()),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "Accept",
        "text/html");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
