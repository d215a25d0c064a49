package cn.onegrid.server.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Search finds people by name (phones whole only where the role may see them, and the view is
 * audited), posts by their short code, partner units, party groups and compounds; the committee
 * card names each liaison's communities.
 */
class OrganisationSearchIT extends ApiTest {

  @BeforeEach
  void organise() {
    jdbc.sql(
            """
            INSERT INTO liaison (committee_id, kind, name)
            SELECT id, 'leader', '镇党委副书记（示例）' FROM committee WHERE code = '310114118203';
            INSERT INTO party_group (committee_id, name, speciality)
            SELECT id, '金华文艺特色党小组', 'arts' FROM committee WHERE code = '310114118009';
            INSERT INTO residential_compound (committee_id, code, name, boundary, property_company)
            SELECT id, code || 'R01', '怡景湾', ST_Multi(ST_Buffer(ST_Centroid(boundary), 0.001)), '怡景物业'
              FROM committee WHERE code = '310114118203';
            """)
        .update();
  }

  @Test
  void peopleAreFoundByNameWithPhonesWholeOnlyWhereTheRoleMaySeeThem() {
    JsonNode leader = person(TestAccount.LEADER, "李娜");
    JsonNode staffOfJinhua = person(TestAccount.STAFF, "李娜");
    JsonNode admin = person(TestAccount.ADMIN, "李娜");

    assertThat(leader.path("phone").asString()).isEqualTo("13900000002");
    assertThat(staffOfJinhua.path("phone").asString()).isEqualTo("13900000002");
    assertThat(admin.path("phone").asString()).isEqualTo("139****0002");
    assertThat(leader.path("collection").asString()).isEqualTo("committees");
    assertThat(leader.path("code").asString()).isEqualTo("310114118009");
    assertThat(leader.path("committee").asString()).isEqualTo("金华社区居委会");
    JsonNode audit =
        JSON.readTree(as(TestAccount.ADMIN).get("/admin/audit?action=view-people").body());
    assertThat(audit.valueStream().map(e -> e.path("subject").asString() + " " + e.path("detail")))
        .anySatisfy(e -> assertThat(e).contains("search 李娜").contains("masked"));
  }

  @Test
  void aStaffMemberSeesOtherCommitteesPhonesMasked() {
    jdbc.sql(
            "INSERT INTO person (committee_id, name, phone, role) SELECT id, '赵敏（示例）',"
                + " '13900000099', 'party_member' FROM committee WHERE code = '310114118203'")
        .update();

    assertThat(person(TestAccount.STAFF, "赵敏").path("phone").asString()).isEqualTo("139****0099");
    assertThat(person(TestAccount.LEADER, "赵敏").path("phone").asString()).isEqualTo("13900000099");
  }

  @Test
  void postsAreFoundByTheirShortCode() {
    List<JsonNode> found = results(TestAccount.LEADER, "p01");

    assertThat(found)
        .extracting(r -> r.path("code").asString())
        .containsExactlyInAnyOrder("310114118009P01", "310114118203P01");
    assertThat(found).allSatisfy(r -> assertThat(r.path("kind").asString()).isEqualTo("post"));
  }

  @Test
  void partnerUnitsPartyGroupsLiaisonsAndCompoundsAreFoundByName() {
    assertThat(kinds("高潮村（示例）")).contains("partner-unit");
    assertThat(kinds("文艺特色")).containsExactly("party-group");
    assertThat(kinds("镇党委副书记")).containsExactly("liaison", "liaison");
    JsonNode compound = results(TestAccount.LEADER, "怡景").get(0);
    assertThat(compound.path("collection").asString()).isEqualTo("residential-compounds");
    assertThat(compound.path("code").asString()).isEqualTo("310114118203R01");
  }

  @Test
  void theCommitteeCardNamesEveryCommunityOfItsLiaisonAndItsGroupsAndCompounds() {
    JsonNode card = json("/cards/committees/310114118203");

    assertThat(
            card.path("liaisons")
                .get(0)
                .path("communities")
                .valueStream()
                .map(c -> c.path("code").asString()))
        .containsExactly("310114118009", "310114118203");
    assertThat(card.path("compounds").get(0).path("propertyCompany").asString()).isEqualTo("怡景物业");
    assertThat(json("/cards/committees/310114118009").path("partyGroups").get(0).path("members"))
        .isEmpty();
  }

  private List<String> kinds(String q) {
    return results(TestAccount.LEADER, q).stream().map(r -> r.path("kind").asString()).toList();
  }

  private JsonNode person(TestAccount account, String q) {
    return results(account, q).stream()
        .filter(r -> r.path("kind").asString().equals("person"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no person for " + q));
  }

  private List<JsonNode> results(TestAccount account, String q) {
    HttpResponse<String> response = as(account).get("/search?q=" + encode(q));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("results").valueStream().toList();
  }

  private static String encode(String q) {
    return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
  }
}
