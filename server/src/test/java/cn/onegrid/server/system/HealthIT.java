package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Probes ask anonymously and learn UP or DOWN; administrators see what is behind it. */
class HealthIT extends ApiTest {

  @Test
  void anonymousHealthIsTheStatusOnly() {
    HttpResponse<String> health = anonymous().get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(health.body());
    assertThat(body.path("status").asString()).isEqualTo("UP");
    assertThat(body.propertyNames()).isSubsetOf("status", "groups"); // the probes' names
  }

  @Test
  void signedInReadersOtherThanAdministratorsSeeTheStatusOnly() {
    JsonNode body = JSON.readTree(as(TestAccount.LEADER).get("/actuator/health").body());
    assertThat(body.propertyNames()).isSubsetOf("status", "groups");
  }

  @Test
  void administratorsSeeTheDetails() {
    JsonNode body = JSON.readTree(as(TestAccount.ADMIN).get("/actuator/health").body());
    assertThat(body.path("status").asString()).isEqualTo("UP");
    assertThat(body.path("components").path("dataset").path("details").path("revision").isNumber())
        .as(body.toString())
        .isTrue();
    assertThat(body.path("components").path("db").path("status").asString()).isEqualTo("UP");
  }

  @Test
  void livenessAndReadinessAnswerAnonymously() {
    for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
      HttpResponse<String> answer = anonymous().get(probe);
      assertThat(answer.statusCode()).as(probe).isEqualTo(200);
      assertThat(JSON.readTree(answer.body()).path("status").asString()).isEqualTo("UP");
      assertThat(JSON.readTree(answer.body()).propertyNames()).isSubsetOf("status", "groups");
    }
  }
}
