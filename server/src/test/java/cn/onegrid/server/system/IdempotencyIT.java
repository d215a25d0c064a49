package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A write retried with the same Idempotency-Key (its first answer lost) is applied once and
 * answered as the first time; the key with another request is refused.
 */
class IdempotencyIT extends ApiTest {

  private static final String POST = "310114118009P01"; // in 金华 (310114118009)
  private static final String AREA =
      "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
          + "[121.301,31.251],[121.304,31.251],[121.304,31.254],[121.301,31.254],[121.301,31.251]]]}}";

  @Test
  void retriedWriteWithTheSameKeyIsAppliedOnce() {
    ApiClient planner = as(TestAccount.PLANNER);
    HttpResponse<String> first = createPlan(planner, "key-1", "调整方案");
    HttpResponse<String> retried = createPlan(planner, "key-1", "调整方案");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retried.statusCode()).isEqualTo(201);
    assertThat(retried.body()).isEqualTo(first.body());
    assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(plans()).isEqualTo(1);

    assertThat(createPlan(planner, "key-2", "调整方案").statusCode()).isEqualTo(201);
    assertThat(plans()).as("another key is another write").isEqualTo(2);
  }

  @Test
  void retriedPublishAnswersTheFirstAnswerAgain() {
    ApiClient planner = as(TestAccount.PLANNER);
    long plan = JSON.readTree(createPlan(planner, "plan", "发布方案").body()).path("id").asLong();
    HttpResponse<String> staged =
        planner.send(
            "PUT",
            "/plans/" + plan + "/changes/duty-post-areas/" + POST,
            AREA,
            "Content-Type",
            "application/geo+json",
            "If-Match",
            "\"v1\"",
            "X-CSRF-TOKEN",
            planner.csrfToken());
    assertThat(staged.statusCode()).as(staged.body()).isEqualTo(200);

    HttpResponse<String> published = publish(planner, plan, "publish-1");
    HttpResponse<String> retried = publish(planner, plan, "publish-1");

    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(retried.statusCode()).as("not 409: already published").isEqualTo(200);
    assertThat(retried.body()).isEqualTo(published.body());
    assertThat(jdbc.sql("SELECT count(*) FROM area_change").query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422() {
    ApiClient planner = as(TestAccount.PLANNER);
    assertThat(createPlan(planner, "key-1", "甲").statusCode()).isEqualTo(201);

    HttpResponse<String> other = createPlan(planner, "key-1", "乙");

    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(other.body()).contains("Idempotency-Key");
    assertThat(plans()).isEqualTo(1);
  }

  private static HttpResponse<String> createPlan(ApiClient client, String key, String name) {
    return client.send(
        "POST",
        "/plans",
        "{\"name\":\"" + name + "\"}",
        "Content-Type",
        "application/json",
        "Idempotency-Key",
        key,
        "X-CSRF-TOKEN",
        client.csrfToken());
  }

  private static HttpResponse<String> publish(ApiClient client, long plan, String key) {
    return client.send(
        "POST",
        "/plans/" + plan + "/publish",
        "{\"reason\":\"调整\"}",
        "Content-Type",
        "application/json",
        "Idempotency-Key",
        key,
        "X-CSRF-TOKEN",
        client.csrfToken());
  }

  private long plans() {
    return jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single();
  }
}
