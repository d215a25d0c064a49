package cn.onegrid.server.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Open311 GeoReport v2 with a personal token: services, create, list and read a request. */
class Open311IT extends ApiTest {

  private static final String BASE = "/open311/v2";

  @Test
  void anOutsideSystemCreatesListsAndReadsARequestWithAToken() {
    ApiClient system = anonymous().withToken(token(TestAccount.PLANNER, true));

    JsonNode services = JSON.readTree(system.get(BASE + "/services.json").body());
    assertThat(services.findValuesAsString("service_code")).contains("group_renting", "emergency");

    HttpResponse<String> created =
        system.send(
            "POST",
            BASE + "/requests.json",
            "service_code=group_renting&lat=31.255&long=121.306&description="
                + URLEncoder.encode("地下室住了很多人", StandardCharsets.UTF_8)
                + "&phone=13900000007",
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = JSON.readTree(created.body()).get(0).path("service_request_id").asString();

    JsonNode open = JSON.readTree(system.get(BASE + "/requests.json?status=open").body());
    assertThat(open.findValuesAsString("service_request_id")).containsExactly(id);
    assertThat(JSON.readTree(system.get(BASE + "/requests.json?status=closed").body())).isEmpty();

    HttpResponse<String> read = system.get(BASE + "/requests/" + id + ".json");
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode request = JSON.readTree(read.body()).get(0);
    assertThat(request.path("status").asString()).isEqualTo("open");
    assertThat(request.path("service_code").asString()).isEqualTo("group_renting");
    assertThat(request.path("description").asString()).isEqualTo("地下室住了很多人");
    assertThat(request.path("agency_responsible").asString()).isEqualTo("金华社区居委会");
    assertThat(request.path("lat").asDouble()).isEqualTo(31.255);
    assertThat(jdbc.sql("SELECT source FROM incident").query(String.class).single())
        .isEqualTo("open311");
  }

  @Test
  void aReadOnlyTokenCannotCreateAndAnUnknownRequestIs404() {
    ApiClient reader = anonymous().withToken(token(TestAccount.PLANNER, false));

    HttpResponse<String> refused =
        reader.send(
            "POST",
            BASE + "/requests.json",
            "service_code=sanitation&lat=31.255&long=121.306&description=x",
            "Content-Type",
            "application/x-www-form-urlencoded");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(reader.get(BASE + "/requests/999.json").statusCode()).isEqualTo(404);
  }
}
