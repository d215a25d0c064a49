package cn.onegrid.server.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A committee's register as a page: plain forms over real HTTP for administrators and the
 * committee's planners, people marked as left rather than deleted, their party group set with them,
 * refusals said on the page with the form as sent.
 */
class RegisterPageIT extends ApiTest {

  private static final String WEST = "310114118009";
  private static final String EAST = "310114118203";
  private static final String PAGE = "/committees/" + WEST + "/register";

  @Test
  void aPlannerRegistersAMemberWithHomeUnitProjectAndPartyGroup() {
    long group = partyGroup(WEST, "文艺党小组");
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);

    HttpResponse<String> added =
        form(
            planner,
            PAGE,
            "name="
                + encode("赵敏")
                + "&phone=13800000009&kind=party_member&registered=true&homeUnit="
                + encode("区卫健委")
                + "&serviceProject="
                + encode("助老服务")
                + "&partyGroup="
                + group);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.body()).contains("赵敏 已登记", "区卫健委", "助老服务", "文艺党小组", "13800000009");
    assertThat(
            jdbc.sql(
                    "SELECT g.name FROM party_group_member m JOIN party_group g ON g.id = m.group_id"
                        + " JOIN person p ON p.id = m.person_id WHERE p.name = '赵敏'")
                .query(String.class)
                .single())
        .isEqualTo("文艺党小组");
  }

  @Test
  void someoneWhoLeavesIsMarkedAndKept() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long id = personId("王芳（示例）");
    String page = planner.get(PAGE + "?person=" + id).body();
    assertThat(page).contains("value=\"王芳（示例）\"", "name=\"version\" value=\"1\"");

    HttpResponse<String> saved =
        form(
            planner,
            PAGE + "/" + id,
            "version=1&name="
                + encode("王芳（示例）")
                + "&phone=13900000003&kind=party_member&left=true");

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("已离开");
    assertThat(
            jdbc.sql("SELECT left_on IS NOT NULL FROM person WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
    HttpResponse<String> stale =
        form(planner, PAGE + "/" + id, "version=1&name=x&kind=party_member");
    assertThat(stale.statusCode()).as("the version the form was filled at").isEqualTo(412);
  }

  @Test
  void anAdministratorKeepsAnyRegisterAndSeesPhonesAsTheirRoleMay() {
    ApiClient admin = as(TestAccount.ADMIN);

    HttpResponse<String> page = admin.get(PAGE + "?lang=en");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Register of 金华社区居委会 (" + WEST + ")", "张伟（示例）");
    HttpResponse<String> added =
        form(
            admin, "/committees/" + EAST + "/register", "name=" + encode("钱七") + "&kind=volunteer");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
  }

  @Test
  void aPartyGroupOfAnotherCommitteeIsRefusedOnThePageAndNothingStored() {
    long east = partyGroup(EAST, "健身党小组");

    HttpResponse<String> refused =
        form(
            as(TestAccount.COMMITTEE_PLANNER),
            PAGE,
            "name=" + encode("孙八") + "&kind=party_member&partyGroup=" + east);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("党小组 " + east + " 不属于居村 " + WEST).contains("value=\"孙八\"");
    assertThat(jdbc.sql("SELECT count(*) FROM person WHERE name = '孙八'").query(Long.class).single())
        .isZero();
  }

  @Test
  void anotherCommitteesRegisterIsForbiddenToAScopedPlanner() {
    assertThat(
            as(TestAccount.COMMITTEE_PLANNER).get("/committees/" + EAST + "/register").statusCode())
        .isEqualTo(403);
  }

  private long partyGroup(String committee, String name) {
    return jdbc.sql(
            "INSERT INTO party_group (committee_id, name, speciality)"
                + " SELECT id, :name, 'arts' FROM committee WHERE code = :c RETURNING id")
        .param("name", name)
        .param("c", committee)
        .query(Long.class)
        .single();
  }

  private long personId(String name) {
    return jdbc.sql("SELECT id FROM person WHERE name = ?").param(name).query(Long.class).single();
  }

  private static HttpResponse<String> form(ApiClient client, String path, String body) {
    return client.send(
        "POST",
        path,
        body + "&_csrf=" + encode(client.csrfToken()),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "Accept",
        "text/html");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
