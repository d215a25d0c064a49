package cn.onegrid.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Phone numbers on cards, whole or masked by role, and the audit log of every card that named
 * people. The post 310114118009P01 belongs to 金华社区, the staff member's own committee.
 */
class PersonalDataIT extends ApiTest {

  private static final String JINHUA_POST = "/cards/posts/310114118009P01";
  private static final String GAOCHAO_GRID = "/cards/grids/31011411820301";
  private static final String WHOLE = "13900000002";
  private static final String MASKED = "139****0002";

  private String card(TestAccount account, String path) {
    HttpResponse<String> response = as(account).get(path);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    return response.body();
  }

  @Test
  void theLeaderSeesWholeNumbersEverywhere() {
    assertThat(card(TestAccount.LEADER, JINHUA_POST)).contains(WHOLE);
    assertThat(card(TestAccount.LEADER, GAOCHAO_GRID)).contains("13900000001");
  }

  @Test
  void staffSeeWholeNumbersOnlyInTheirOwnCommittee() {
    assertThat(card(TestAccount.STAFF, JINHUA_POST)).contains(WHOLE);
    assertThat(card(TestAccount.STAFF, GAOCHAO_GRID))
        .contains("139****0001")
        .doesNotContain("13900000001");
  }

  @Test
  void aCommitteePlannerSeesWholeNumbersOnlyInTheCommitteesItPlans() {
    assertThat(card(TestAccount.COMMITTEE_PLANNER, JINHUA_POST)).contains(WHOLE);
    assertThat(card(TestAccount.COMMITTEE_PLANNER, GAOCHAO_GRID)).doesNotContain("13900000001");
    assertThat(card(TestAccount.PLANNER, GAOCHAO_GRID)).contains("13900000001");
  }

  @Test
  void administratorsSeeOnlyMaskedNumbers() {
    assertThat(card(TestAccount.ADMIN, JINHUA_POST)).contains(MASKED).doesNotContain(WHOLE);
  }

  @Test
  void feedsAndSearchNeverCarryPhoneNumbers() {
    assertThat(get("/collections/duty-posts/items").body()).doesNotContain("1390000", "139****");
    assertThat(get("/search?q=310114118009").body()).doesNotContain("1390000");
  }

  @Test
  void everyCardThatNamesPeopleIsAudited() {
    card(TestAccount.STAFF, JINHUA_POST);
    card(TestAccount.STAFF, GAOCHAO_GRID);
    card(TestAccount.LEADER, "/cards/committees/310114118009");
    String log = as(TestAccount.ADMIN).get("/admin/audit").body();
    assertThat(log)
        .contains(
            "\"username\":\"staff.sun\",\"action\":\"view-people\",\"subject\":\"post 310114118009P01\",\"detail\":\"names, phones: full\"")
        .contains("\"subject\":\"grid 31011411820301\",\"detail\":\"names, phones: masked\"")
        .contains(
            "\"username\":\"leader.zhao\",\"action\":\"view-people\",\"subject\":\"committee 310114118009\",\"detail\":\"names\"");
  }

  @Test
  void aTokenCardViewIsAuditedWithTheToken() {
    String secret = token(TestAccount.STAFF, false);
    anonymous().withToken(secret).get(JINHUA_POST);
    assertThat(as(TestAccount.ADMIN).get("/admin/audit").body())
        .containsPattern("staff\\.sun \\(token \\d+\\)");
  }

  @Test
  void administratorsExportTheAuditLogAsCsv() {
    card(TestAccount.STAFF, JINHUA_POST);
    HttpResponse<String> csv = as(TestAccount.ADMIN).get("/admin/audit.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body())
        .startsWith("\uFEFFid,at,username,action,subject,detail\r\n")
        .contains("\"staff.sun\",\"view-people\",\"post 310114118009P01\",\"names, phones: full\"");
  }
}
