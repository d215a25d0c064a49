package cn.onegrid.server.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The town's organisation kept over HTTP: party groups, liaisons, partner units and residential
 * compounds created, changed and removed by administrators and planners in scope, each write
 * checked (a 422 says which field of which item, in the reader's language) and audited.
 */
class OrganisationIT extends ApiTest {

  private static final String JINHUA = "310114118009"; // west: 121.30–121.31 E
  private static final String GAOCHAO = "310114118203"; // east: 121.31–121.32 E

  /** A compound well inside 金华. */
  private static final String INSIDE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[121.302,31.252],[121.305,31.252],"
          + "[121.305,31.255],[121.302,31.255],[121.302,31.252]]]}";

  /** A compound reaching 300 m into 高潮村. */
  private static final String ACROSS =
      "{\"type\":\"Polygon\",\"coordinates\":[[[121.307,31.252],[121.313,31.252],"
          + "[121.313,31.255],[121.307,31.255],[121.307,31.252]]]}";

  @Test
  void aPlannerMakesAFeaturedPartyGroupWithMembersAndTheCommitteeCardShowsIt() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    List<Long> people = personIds(JINHUA);
    HttpResponse<String> created =
        planner.send(
            "POST",
            "/organisation/party-groups",
            "{\"committee\":\"%s\",\"name\":\"金华健身特色党小组\",\"speciality\":\"fitness\",\"members\":[%d,%d]}"
                .formatted(JINHUA, people.get(0), people.get(1)));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"v1\"");
    assertThat(created.headers().firstValue("Location"))
        .get()
        .asString()
        .startsWith("/organisation/party-groups/");
    JsonNode group = card(JINHUA).path("partyGroups").get(0);
    assertThat(group.path("name").asString()).isEqualTo("金华健身特色党小组");
    assertThat(group.path("speciality").asString()).isEqualTo("fitness");
    assertThat(group.path("members").valueStream().map(m -> m.path("name").asString()))
        .containsExactly("张伟（示例）", "李娜（示例）");
  }

  @Test
  void aMemberFromAnotherCommitteeIs422NamingThePersonAndNothingIsStored() {
    long stranger =
        jdbc.sql(
                "INSERT INTO person (committee_id, name, role) SELECT id, '高潮村党员', 'party_member'"
                    + " FROM committee WHERE code = :c RETURNING id")
            .param("c", GAOCHAO)
            .query(Long.class)
            .single();
    HttpResponse<String> refused =
        as(TestAccount.ADMIN)
            .send(
                "POST",
                "/organisation/party-groups",
                "{\"committee\":\"%s\",\"name\":\"文艺小组\",\"speciality\":\"arts\",\"members\":[%d]}"
                    .formatted(JINHUA, stranger));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(detail(refused)).contains("高潮村党员").contains(GAOCHAO).contains("party-groups");
    assertThat(card(JINHUA).path("partyGroups")).isEmpty();
  }

  @Test
  void aMemberOfAnotherGroupIs422NamingThatGroup() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    long person = personIds(JINHUA).get(0);
    String group = "{\"committee\":\"%s\",\"name\":\"%s\",\"speciality\":\"%s\",\"members\":[%d]}";
    planner.send(
        "POST", "/organisation/party-groups", group.formatted(JINHUA, "智力小组", "intellect", person));

    HttpResponse<String> refused =
        planner.send(
            "POST",
            "/organisation/party-groups",
            group.formatted(JINHUA, "创业小组", "enterprise", person));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(JSON.readTree(refused.body()).path("reason").asString()).isEqualTo("bad_member");
    assertThat(detail(refused)).contains("张伟（示例）").contains("智力小组");
    assertThat(count("party_group")).isEqualTo(1);
  }

  @Test
  void aCompoundRedrawnAsALineIs422AndKeepsItsShape() {
    jdbc.sql(
            "INSERT INTO residential_compound (committee_id, code, name, boundary) SELECT id,"
                + " code || 'R01', '春晖苑', ST_Multi(ST_Buffer(ST_Centroid(boundary), 0.001))"
                + " FROM committee WHERE code = :c")
        .param("c", JINHUA)
        .update();
    String line =
        "{\"boundary\":{\"type\":\"LineString\",\"coordinates\":[[121.302,31.252],[121.305,31.255]]}}";
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    String path = "/organisation/compounds/" + JINHUA + "R01";

    HttpResponse<String> refused = put(planner, path, "\"v1\"", line);
    HttpResponse<String> redrawn = put(planner, path, "\"v1\"", "{\"boundary\":" + INSIDE + "}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(detail(refused))
        .contains("LineString")
        .contains(path.substring("/organisation/".length()).replace('/', ' '));
    assertThat(redrawn.statusCode()).as(redrawn.body()).isEqualTo(200);
    assertThat(JSON.readTree(redrawn.body()).path("boundary").path("type").asString())
        .isEqualTo("MultiPolygon");
    assertThat(json("/cards/compounds/" + JINHUA + "R01").path("areaM2").asDouble())
        .as("the square drawn: about 285 m × 333 m")
        .isBetween(90_000.0, 100_000.0);
  }

  @Test
  void anAdministratorDrawsACompoundWithItsFourInOneTeamAndItIsOnTheMapAndItsCard() {
    HttpResponse<String> created =
        as(TestAccount.ADMIN)
            .send(
                "POST",
                "/organisation/compounds",
                ("{\"committee\":\"%s\",\"name\":\"锦绣苑\",\"boundary\":%s,"
                        + "\"partyOrganisation\":\"金华居民区党总支\",\"policeStation\":\"江桥派出所\","
                        + "\"propertyCompany\":\"锦绣物业\",\"ownersCommittee\":\"锦绣苑业委会\"}")
                    .formatted(JINHUA, INSIDE));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(JSON.readTree(created.body()).path("key").asString()).isEqualTo(JINHUA + "R01");
    JsonNode card = json("/cards/compounds/" + JINHUA + "R01");
    assertThat(card.path("committee").path("code").asString()).isEqualTo(JINHUA);
    assertThat(card.path("fourInOne").path("policeStation").asString()).isEqualTo("江桥派出所");
    assertThat(card.path("fourInOne").path("ownersCommittee").asString()).isEqualTo("锦绣苑业委会");
    JsonNode item = json("/collections/residential-compounds/items/" + JINHUA + "R01");
    assertThat(item.path("properties").path("property_company").asString()).isEqualTo("锦绣物业");
    assertThat(card(JINHUA).path("compounds").get(0).path("name").asString()).isEqualTo("锦绣苑");
  }

  @Test
  void aCompoundOutsideItsCommitteeIs422SayingWhereInBothLanguagesAndNothingIsStored() {
    String body =
        "{\"committee\":\"%s\",\"name\":\"跨界小区\",\"boundary\":%s}".formatted(JINHUA, ACROSS);
    ApiClient admin = as(TestAccount.ADMIN);
    HttpResponse<String> zh =
        admin.send(
            "POST",
            "/organisation/compounds",
            body,
            "Content-Type",
            "application/json",
            "X-CSRF-TOKEN",
            admin.csrfToken(),
            "Accept-Language",
            "zh-CN");
    HttpResponse<String> en =
        admin.send(
            "POST",
            "/organisation/compounds",
            body,
            "Content-Type",
            "application/json",
            "X-CSRF-TOKEN",
            admin.csrfToken(),
            "Accept-Language",
            "en");

    assertThat(zh.statusCode()).as(zh.body()).isEqualTo(422);
    assertThat(JSON.readTree(zh.body()).path("reason").asString()).isEqualTo("outside_committee");
    assertThat(detail(zh)).contains("不在其居委会").contains(JINHUA).contains(GAOCHAO);
    assertThat(detail(en)).contains("is not inside its committee").contains(GAOCHAO);
    assertThat(count("residential_compound")).isZero();
  }

  @Test
  void aPlannerKeepsOnlyTheirOwnCommittees() {
    HttpResponse<String> refused =
        as(TestAccount.COMMITTEE_PLANNER)
            .send(
                "POST",
                "/organisation/partner-units",
                "{\"committee\":\"%s\",\"name\":\"示例中学\",\"kind\":\"co_building_unit\"}"
                    .formatted(GAOCHAO));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(detail(refused)).contains(GAOCHAO);
    assertThat(count("partner_unit")).isEqualTo(1);
  }

  @Test
  void aPartyGroupsLeaderIsOneOfItsMembersAndANonMemberIs422InBothLanguages() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    List<Long> people = personIds(JINHUA); // 张伟（示例）, 李娜（示例）
    HttpResponse<String> created =
        planner.send(
            "POST",
            "/organisation/party-groups",
            "{\"committee\":\"%s\",\"name\":\"金华智力党小组\",\"speciality\":\"intellect\",\"members\":[%d],\"leader\":%d}"
                .formatted(JINHUA, people.get(0), people.get(0)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode group = JSON.readTree(created.body());
    assertThat(group.at("/leader/name").asString()).isEqualTo("张伟（示例）");
    String path = "/organisation/party-groups/" + group.path("key").asString();

    HttpResponse<String> outsider =
        put(planner, path, "\"v1\"", "{\"leader\":" + people.get(1) + "}");
    assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(422);
    assertThat(detail(outsider))
        .contains("组长须为该党小组的成员", "李娜（示例）", "party-groups " + group.path("key").asString());
    HttpResponse<String> inEnglish =
        planner.send(
            "PUT",
            path,
            "{\"leader\":" + people.get(1) + "}",
            "Content-Type",
            "application/json",
            "Accept-Language",
            "en",
            "X-CSRF-TOKEN",
            planner.csrfToken(),
            "If-Match",
            "\"v1\"");
    assertThat(inEnglish.statusCode()).isEqualTo(422);
    assertThat(detail(inEnglish)).contains("the leader must be a member", "李娜（示例）");
    HttpResponse<String> unknown = put(planner, path, "\"v1\"", "{\"leader\":999999}");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    assertThat(detail(unknown)).contains("999999");
    assertThat(JSON.readTree(planner.get(path).body()).at("/leader/name").asString())
        .as("nothing stored")
        .isEqualTo("张伟（示例）");

    HttpResponse<String> changed =
        put(
            planner,
            path,
            "\"v1\"",
            "{\"members\":[%d,%d],\"leader\":%d}"
                .formatted(people.get(0), people.get(1), people.get(1)));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(JSON.readTree(changed.body()).at("/leader/name").asString()).isEqualTo("李娜（示例）");
    HttpResponse<String> leaderLeft =
        put(planner, path, "\"v2\"", "{\"members\":[" + people.get(0) + "]}");
    assertThat(leaderLeft.statusCode()).as("a member list without the leader").isEqualTo(422);
    assertThat(detail(leaderLeft)).contains("李娜（示例）");
    HttpResponse<String> none = put(planner, path, "\"v2\"", "{\"leader\":null}");
    assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
    assertThat(JSON.readTree(none.body()).path("leader").isNull()).isTrue();
  }

  @Test
  void aLiaisonChangedWithItsVersionAndAStaleVersionIsRefused() {
    long id = jdbc.sql("SELECT id FROM liaison").query(Long.class).single();
    ApiClient planner = as(TestAccount.PLANNER);
    String path = "/organisation/liaisons/" + id;
    HttpResponse<String> read = planner.get(path);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"v1\"");
    assertThat(JSON.readTree(read.body()).path("serviceWeekday").asInt()).isEqualTo(4);

    HttpResponse<String> noTag = planner.send("PUT", path, "{\"serviceWeekday\":5}");
    HttpResponse<String> changed = put(planner, path, "\"v1\"", "{\"serviceWeekday\":5}");
    HttpResponse<String> stale = put(planner, path, "\"v1\"", "{\"serviceWeekday\":3}");

    assertThat(noTag.statusCode()).isEqualTo(428);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).hasValue("\"v2\"");
    assertThat(JSON.readTree(changed.body()).path("name").asString())
        .as("what the body leaves out stays")
        .isEqualTo("镇党委副书记（示例）");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(card(JINHUA).path("liaisons").get(0).path("serviceWeekday").asInt()).isEqualTo(5);
  }

  @Test
  void badFieldsAre422NamingTheFieldAndTheItem() {
    long id = jdbc.sql("SELECT id FROM liaison").query(Long.class).single();
    ApiClient admin = as(TestAccount.ADMIN);
    String path = "/organisation/liaisons/" + id;
    HttpResponse<String> weekday = put(admin, path, "\"v1\"", "{\"serviceWeekday\":8}");
    HttpResponse<String> unknown = put(admin, path, "\"v1\"", "{\"phone\":\"13900000000\"}");
    HttpResponse<String> kind = put(admin, path, "\"v1\"", "{\"kind\":\"mayor\"}");

    assertThat(List.of(weekday, unknown, kind))
        .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(422));
    assertThat(detail(weekday)).contains("serviceWeekday").contains("liaisons " + id).contains("8");
    assertThat(detail(unknown)).contains("phone").contains("serviceWeekday");
    assertThat(detail(kind)).contains("mayor").contains("leader, department");
    assertThat(JSON.readTree(admin.get(path).body()).path("version").asInt()).isEqualTo(1);
  }

  @Test
  void aPartnerUnitRemovedWithItsVersionIsGoneAndEveryWriteIsAudited() {
    long id = jdbc.sql("SELECT id FROM partner_unit").query(Long.class).single();
    ApiClient admin = as(TestAccount.ADMIN);
    String path = "/organisation/partner-units/" + id;
    HttpResponse<String> removed =
        admin.send("DELETE", path, null, "X-CSRF-TOKEN", admin.csrfToken(), "If-Match", "\"v1\"");

    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    assertThat(admin.get(path).statusCode()).isEqualTo(404);
    assertThat(card(JINHUA).path("partnerUnits")).isEmpty();
    JsonNode audit = JSON.readTree(admin.get("/admin/audit?action=delete-organisation").body());
    assertThat(audit.get(0).path("subject").asString()).isEqualTo("partner-units " + id);
    assertThat(audit.get(0).path("username").asString()).isEqualTo(TestAccount.ADMIN.username);
  }

  private HttpResponse<String> put(ApiClient client, String path, String tag, String body) {
    return client.send(
        "PUT",
        path,
        body,
        "Content-Type",
        "application/json",
        "X-CSRF-TOKEN",
        client.csrfToken(),
        "If-Match",
        tag);
  }

  private JsonNode card(String committee) {
    return json("/cards/committees/" + committee);
  }

  private List<Long> personIds(String committee) {
    return jdbc.sql(
            "SELECT p.id FROM person p JOIN committee c ON c.id = p.committee_id"
                + " WHERE c.code = :c ORDER BY p.id")
        .param("c", committee)
        .query(Long.class)
        .list();
  }

  private int count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }

  private static String detail(HttpResponse<String> response) {
    return JSON.readTree(response.body()).path("detail").asString();
  }
}
