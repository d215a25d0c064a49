package cn.onegrid.server.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A committee's register over HTTP: listed, added to and changed by its planners only. */
class PeopleRegisterIT extends ApiTest {

  private static final String WEST = "310114118009";
  private static final String EAST = "310114118203";

  @Test
  void aPlannerListsTheirCommitteesPeopleWithPostsSlotsAndWholePhones() {
    JsonNode register = JSON.readTree(as(TestAccount.COMMITTEE_PLANNER).get(people(WEST)).body());

    assertThat(register.path("phones").asString()).isEqualTo("full");
    JsonNode zhang = find(register, "张伟（示例）");
    assertThat(zhang.path("phone").asString()).isEqualTo("13900000001");
    assertThat(zhang.path("kind").asString()).isEqualTo("party_member");
    assertThat(zhang.path("posts").get(0).asString()).isEqualTo(WEST + "P01");
    assertThat(zhang.path("slots").asInt()).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'view-people' AND subject = :s")
                .param("s", "register " + WEST)
                .query(Integer.class)
                .single())
        .as("the view of phones is audited")
        .isEqualTo(1);
  }

  @Test
  void aRegisteredMemberIsAddedWithHomeUnitAndServiceProjectThenChanged() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    HttpResponse<String> created =
        planner.send(
            "POST",
            people(WEST),
            "{\"name\":\"赵敏\",\"phone\":\"13800000009\",\"kind\":\"party_member\","
                + "\"registered\":true,\"homeUnit\":\"区卫健委\",\"serviceProject\":\"助老服务\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(created.headers().firstValue("ETag")).hasValue("\"v1\"");
    assertThat(JSON.readTree(created.body()).path("homeUnit").asString()).isEqualTo("区卫健委");

    HttpResponse<String> changed =
        planner.send(
            "PUT",
            location,
            "{\"serviceProject\":\"\",\"phone\":\"13800000010\"}",
            "Content-Type",
            "application/json",
            "If-Match",
            "\"v1\"",
            "X-CSRF-TOKEN",
            planner.csrfToken());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    JsonNode person = JSON.readTree(planner.get(location).body());
    assertThat(person.path("serviceProject").isNull()).as("an empty text clears").isTrue();
    assertThat(person.path("homeUnit").asString()).as("what is not named stays").isEqualTo("区卫健委");
    assertThat(person.path("phone").asString()).isEqualTo("13800000010");

    HttpResponse<String> stale =
        planner.send(
            "PUT",
            location,
            "{\"name\":\"赵敏敏\"}",
            "Content-Type",
            "application/json",
            "If-Match",
            "\"v1\"",
            "X-CSRF-TOKEN",
            planner.csrfToken());
    assertThat(stale.statusCode()).isEqualTo(412);
  }

  @Test
  void aHomeUnitForAVolunteerIs422SayingWhoMayHaveOne() {
    HttpResponse<String> refused =
        as(TestAccount.COMMITTEE_PLANNER)
            .send(
                "POST",
                people(WEST),
                "{\"name\":\"钱多\",\"kind\":\"volunteer\",\"homeUnit\":\"某公司\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("报到党员");
    assertThat(
            jdbc.sql("SELECT count(*) FROM person WHERE name = '钱多'").query(Integer.class).single())
        .isZero();
  }

  @Test
  void aPhoneThatIsNoMobileNumberIs422NamingIt() {
    HttpResponse<String> refused =
        as(TestAccount.COMMITTEE_PLANNER)
            .send(
                "POST",
                people(WEST),
                "{\"name\":\"孙立\",\"kind\":\"volunteer\",\"phone\":\"12345\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("12345");
  }

  @Test
  void anotherCommitteesRegisterIsForbiddenToAScopedPlanner() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);

    assertThat(planner.get(people(EAST)).statusCode()).isEqualTo(403);
    assertThat(
            planner
                .send("POST", people(EAST), "{\"name\":\"x\",\"kind\":\"volunteer\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(as(TestAccount.STAFF).get(people(WEST)).statusCode()).isEqualTo(403);
  }

  private static String people(String committee) {
    return "/committees/" + committee + "/people";
  }

  private static JsonNode find(JsonNode register, String name) {
    for (JsonNode p : register.path("people")) {
      if (p.path("name").asString().equals(name)) {
        return p;
      }
    }
    throw new AssertionError(name + " not in " + register);
  }
}
