package cn.onegrid.server.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Leaders read time coverage: the heat table of a committee and who is on duty at a slot. */
class TimeCoverageIT extends ApiTest {

  private static final String WEST = "310114118009";

  @Test
  void aLeaderReadsTheBlocksBySlotsTableWithWhoCoversEach() {
    HttpResponse<String> answer =
        as(TestAccount.LEADER).get("/committees/" + WEST + "/time-coverage");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode table = JSON.readTree(answer.body());

    assertThat(table.path("nightWindow").path("from").asInt()).isEqualTo(18);
    assertThat(table.path("slots")).hasSize(84);
    assertThat(table.path("slots").get(45).path("weekday").asInt()).isEqualTo(4);
    assertThat(table.path("slots").get(45).path("startHour").asInt()).isEqualTo(18);
    JsonNode block = table.path("blocks").get(0);
    assertThat(block.path("cells")).hasSize(84);
    assertThat(block.path("cells").get(45).path("posts").get(0).asString()).isEqualTo(WEST + "P01");
    assertThat(block.path("cells").get(45).path("people")).hasSize(2);
    assertThat(block.path("uncoveredSlots").asInt()).isEqualTo(81);
    assertThat(table.path("weakestSlots")).hasSize(6);
  }

  @Test
  void theMapAsksWhoIsOnDutyOnThursdayEvening() {
    HttpResponse<String> answer = as(TestAccount.STAFF).get("/on-duty?weekday=4&startHour=20");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/geo+json");
    JsonNode collection = JSON.readTree(answer.body());

    assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
    assertThat(collection.path("onDuty").asInt()).isEqualTo(1);
    assertThat(collection.path("uncovered").asInt())
        .as("the east committee's two blocks")
        .isEqualTo(2);
    JsonNode post = collection.path("features").get(0);
    assertThat(post.path("properties").path("kind").asString()).isEqualTo("post");
    assertThat(post.path("geometry").path("type").asString()).isEqualTo("Point");
    assertThat(post.path("properties").toString()).doesNotContain("1390000");
  }

  @Test
  void aWeekdayOrHourThatIsNoSlotIs400NamingIt() {
    HttpResponse<String> day = as(TestAccount.LEADER).get("/on-duty?weekday=8&startHour=20");
    assertThat(day.statusCode()).isEqualTo(400);
    assertThat(day.body()).contains("weekday").contains("8");

    HttpResponse<String> hour = as(TestAccount.LEADER).get("/on-duty?weekday=5&startHour=21");
    assertThat(hour.statusCode()).isEqualTo(400);
    assertThat(hour.body()).contains("startHour").contains("21");
  }

  @Test
  void anUnknownCommitteeIs404() {
    assertThat(as(TestAccount.LEADER).get("/committees/999999999999/time-coverage").statusCode())
        .isEqualTo(404);
  }

  @Test
  void visitorsReadNone() {
    assertThat(anonymous().get("/on-duty?weekday=4&startHour=20").statusCode()).isEqualTo(401);
  }
}
