package cn.onegrid.server.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A committee's organisation as a page: party groups with their members, liaisons with their
 * service day, partner units and compounds' four-in-one teams, added and changed through one form
 * handler over real HTTP by administrators and the committee's planners; refusals said on the page
 * with the form as sent, nothing stored.
 */
class OrganisationPageIT extends ApiTest {

  private static final String WEST = "310114118009";
  private static final String EAST = "310114118203";
  private static final String PAGE = "/committees/" + WEST + "/organisation";

  @Test
  void thePageShowsEveryKindWithTheCommitteesLiaisonAndPartnerUnit() {
    HttpResponse<String> page = as(TestAccount.COMMITTEE_PLANNER).get(PAGE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("金华社区居委会（" + WEST + "）组织架构", "特色型党小组", "共建单位", "居民小区与“四位一体”")
        .contains("镇党委副书记（示例）", "联系领导", "周四", "高潮村（示例）", "结对村", "8000");
  }

  @Test
  void aPlannerAddsAPartyGroupWithMembersThenRenamesIt() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long li = personId("李娜（示例）");

    HttpResponse<String> added =
        form(
            planner,
            PAGE + "/party-groups",
            "key=&version=0&name=" + encode("金华手工党小组") + "&speciality=handicraft&members=" + li);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.body()).contains("金华手工党小组 已添加", "手工", "李娜（示例）");
    long group =
        jdbc.sql("SELECT group_id FROM party_group_member WHERE person_id = ?")
            .param(li)
            .query(Long.class)
            .single();

    HttpResponse<String> renamed =
        form(
            planner,
            PAGE + "/party-groups",
            "key=" + group + "&version=1&name=" + encode("金华巧手党小组") + "&speciality=arts");

    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.body()).contains("金华巧手党小组 已保存", "文艺");
    assertThat(
            jdbc.sql("SELECT count(*) FROM party_group_member WHERE group_id = ?")
                .param(group)
                .query(Long.class)
                .single())
        .as("no member ticked: the group has none")
        .isZero();
  }

  @Test
  void aGroupsLeaderIsChosenOnThePageAndANonMemberIsRefusedThere() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long li = personId("李娜（示例）");
    long zhang = personId("张伟（示例）");
    String group = "&name=" + encode("金华健身党小组") + "&speciality=fitness&members=" + li;

    HttpResponse<String> added =
        form(planner, PAGE + "/party-groups", "key=&version=0" + group + "&leader=" + li);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.body())
        .contains("<th>组长</th>", "<option value=\"" + li + "\" selected>李娜（示例）</option>");
    long id = id("party_group", "金华健身党小组");
    assertThat(leaderOf(id)).isEqualTo(li);

    HttpResponse<String> refused =
        form(
            planner,
            PAGE + "/party-groups",
            "key=" + id + "&version=1" + group + "&leader=" + zhang);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("组长须为该党小组的成员，而 张伟（示例）");
    assertThat(leaderOf(id)).as("nothing stored").isEqualTo(li);
    HttpResponse<String> english =
        form(
            planner,
            PAGE + "/party-groups",
            "key=" + id + "&version=1" + group + "&leader=" + zhang,
            "Accept-Language",
            "en");
    assertThat(english.body()).contains("the leader must be a member of the party group");
  }

  @Test
  void anItemIsRemovedOnlyOnceConfirmedAtTheVersionShown() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long unit = id("partner_unit", "高潮村（示例）");

    HttpResponse<String> asked = planner.get(PAGE + "?kind=partner-units&key=" + unit + "&remove");
    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body())
        .contains("确定删除“高潮村（示例）”？", "name=\"remove\" value=\"yes\"")
        .contains("name=\"key\" value=\"" + unit + "\"", "name=\"_csrf\"");
    assertThat(count("partner_unit")).as("asking removes nothing").isEqualTo(1);

    HttpResponse<String> stale =
        form(planner, PAGE + "/partner-units", "key=" + unit + "&version=9&remove=yes");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(count("partner_unit")).isEqualTo(1);

    HttpResponse<String> removed =
        form(planner, PAGE + "/partner-units", "key=" + unit + "&version=1&remove=yes");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(removed.body()).contains("高潮村（示例） 已删除。");
    assertThat(count("partner_unit")).isZero();

    long liaison = id("liaison", "镇党委副书记（示例）");
    assertThat(planner.get(PAGE + "?kind=liaisons&key=" + liaison + "&remove&lang=en").body())
        .contains("Remove “镇党委副书记（示例）”?");
    assertThat(
            form(
                    as(TestAccount.STAFF),
                    PAGE + "/liaisons",
                    "key=" + liaison + "&version=1&remove=yes")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aLiaisonsServiceDayAndAPartnerUnitsSupportAreChangedInTheirForms() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long liaison = id("liaison", "镇党委副书记（示例）");
    assertThat(planner.get(PAGE + "?kind=liaisons&key=" + liaison).body())
        .contains("value=\"镇党委副书记（示例）\"", "name=\"key\" value=\"" + liaison + "\"");

    HttpResponse<String> saved =
        form(
            planner,
            PAGE + "/liaisons",
            "key="
                + liaison
                + "&version=1&name="
                + encode("镇组织办")
                + "&kind=department"
                + "&serviceWeekday=2");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("镇组织办 已保存", "联系部门", "周二");

    long unit = id("partner_unit", "高潮村（示例）");
    HttpResponse<String> added =
        form(
            planner,
            PAGE + "/partner-units",
            "key="
                + unit
                + "&version=1&name="
                + encode("高潮村（示例）")
                + "&kind=co_building_unit&annualSupportYuan=12000");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(
            jdbc.sql("SELECT kind || ' ' || annual_support_yuan FROM partner_unit WHERE id = ?")
                .param(unit)
                .query(String.class)
                .single())
        .isEqualTo("co_building_unit 12000");
  }

  @Test
  void anAdministratorAddsACompoundWithItsFourInOneTeamInEnglish() {
    ApiClient admin = as(TestAccount.ADMIN);
    String square =
        "{\"type\":\"Polygon\",\"coordinates\":[[[121.301,31.251],[121.304,31.251],"
            + "[121.304,31.254],[121.301,31.254],[121.301,31.251]]]}";

    HttpResponse<String> added =
        form(
            admin,
            PAGE + "/compounds",
            "name="
                + encode("锦绣苑")
                + "&propertyCompany="
                + encode("绿城物业")
                + "&ownersCommittee="
                + encode("锦绣苑业委会")
                + "&boundary="
                + encode(square),
            "Accept-Language",
            "en");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.body()).contains("锦绣苑 added", "绿城物业", "锦绣苑业委会", "not recorded");
    assertThat(
            jdbc.sql("SELECT code FROM residential_compound WHERE name = '锦绣苑'")
                .query(String.class)
                .single())
        .isEqualTo(WEST + "R01");
  }

  @Test
  void aCompoundWithoutABoundaryOrAWrongWeekdayIsRefusedOnThePageAndNothingStored() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);

    HttpResponse<String> noBoundary =
        form(planner, PAGE + "/compounds", "name=" + encode("无边苑") + "&propertyCompany=x");
    assertThat(noBoundary.statusCode()).isEqualTo(422);
    assertThat(noBoundary.body()).contains("缺少 boundary", "value=\"无边苑\"");

    HttpResponse<String> badDay =
        form(
            planner,
            PAGE + "/liaisons",
            "name=" + encode("某部门") + "&kind=department&serviceWeekday=9");
    assertThat(badDay.statusCode()).isEqualTo(422);
    assertThat(badDay.body()).contains("serviceWeekday", "9", "value=\"某部门\"");
    assertThat(
            jdbc.sql(
                    "SELECT (SELECT count(*) FROM residential_compound)"
                        + " + (SELECT count(*) FROM liaison WHERE name = '某部门')")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anotherCommitteesOrganisationIsForbiddenToAScopedPlannerAndItsItemsAreNotOnThisPage() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    assertThat(planner.get("/committees/" + EAST + "/organisation").statusCode()).isEqualTo(403);
    assertThat(
            form(planner, "/committees/" + EAST + "/organisation/liaisons", "name=x&kind=leader")
                .statusCode())
        .isEqualTo(403);
    long east =
        jdbc.sql(
                "INSERT INTO liaison (committee_id, kind, name) SELECT id, 'leader', '东区领导'"
                    + " FROM committee WHERE code = ? RETURNING id")
            .param(EAST)
            .query(Long.class)
            .single();
    assertThat(planner.get(PAGE + "?kind=liaisons&key=" + east).statusCode()).isEqualTo(404);
    assertThat(
            form(planner, PAGE + "/liaisons", "key=" + east + "&version=1&name=x&kind=leader")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aLiaisonAddedWithoutAServiceDayServesOnThursday() {
    HttpResponse<String> added =
        form(
            as(TestAccount.COMMITTEE_PLANNER),
            PAGE + "/liaisons",
            "key=&version=0&name=" + encode("镇妇联") + "&kind=department&serviceWeekday=");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(
            jdbc.sql("SELECT service_weekday FROM liaison WHERE name = '镇妇联'")
                .query(Integer.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  void everyWriteOnThePageIsAuditedWithWhoTheKindAndTheItemButNotARefusedOne() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    HttpResponse<String> added =
        form(planner, PAGE + "/liaisons", "name=" + encode("镇妇联") + "&kind=department");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long liaison = id("liaison", "镇妇联");
    assertThat(added.headers().firstValue("Location"))
        .hasValue("/organisation/liaisons/" + liaison);
    String item = "key=" + liaison + "&version=";
    assertThat(
            form(planner, PAGE + "/liaisons", item + "1&name=" + encode("镇团委") + "&kind=leader")
                .statusCode())
        .isEqualTo(200);
    assertThat(form(planner, PAGE + "/liaisons", item + "9&remove=yes").statusCode())
        .isEqualTo(412);
    assertThat(form(planner, PAGE + "/liaisons", item + "2&remove=yes").statusCode())
        .isEqualTo(200);

    ApiClient admin = as(TestAccount.ADMIN);
    List<JsonNode> writes =
        JSON.readTree(
                admin.get("/admin/audit?username=" + TestAccount.COMMITTEE_PLANNER.username).body())
            .valueStream()
            .filter(e -> e.path("action").asString().endsWith("-organisation"))
            .toList();
    assertThat(writes.stream().map(e -> e.path("action").asString()))
        .containsExactly("delete-organisation", "change-organisation", "create-organisation");
    assertThat(writes.stream().map(e -> e.path("subject").asString()).distinct())
        .containsExactly("liaisons " + liaison);
    assertThat(admin.get("/audit?action=create-organisation").body())
        .contains("<td>create-organisation</td>", "<td>liaisons " + liaison + "</td>")
        .contains("label=\"新增组织架构条目\"");
    assertThat(admin.get("/audit?action=delete-organisation&lang=en").body())
        .contains("label=\"Organisation item removed\"");
  }

  private long leaderOf(long group) {
    return jdbc.sql("SELECT leader_id FROM party_group WHERE id = ?")
        .param(group)
        .query(Long.class)
        .single();
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private long personId(String name) {
    return jdbc.sql("SELECT id FROM person WHERE name = ?").param(name).query(Long.class).single();
  }

  private long id(String table, String name) {
    return jdbc.sql("SELECT id FROM " + table + " WHERE name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  private static HttpResponse<String> form(
      ApiClient client, String path, String body, String... headers) {
    List<String> all =
        new ArrayList<>(
            List.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"));
    all.addAll(List.of(headers));
    return client.send(
        "POST", path, body + "&_csrf=" + encode(client.csrfToken()), all.toArray(String[]::new));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
