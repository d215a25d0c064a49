package cn.onegrid.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /actuator/prometheus}: administrators' only (in person or with a token, as a scraper),
 * Prometheus's text format, requests per route as templated, and figures that move.
 */
class MetricsIT extends ApiTest {

  private static final String METRICS = "/actuator/prometheus";
  private static final String ITEMS_ROUTE =
      "http_server_requests_seconds_count{error=\"none\",exception=\"none\",method=\"GET\","
          + "outcome=\"SUCCESS\",status=\"200\",uri=\"/collections/{collectionId}/items\"}";

  @Test
  void visitorsAndPeopleWhoAreNotAdministratorsGetNoMetrics() {
    HttpResponse<String> anonymous = anonymous().get(METRICS);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    for (TestAccount account :
        new TestAccount[] {TestAccount.LEADER, TestAccount.PLANNER, TestAccount.STAFF}) {
      assertThat(as(account).get(METRICS).statusCode()).as(account.name()).isEqualTo(403);
    }
    assertThat(anonymous().withToken(token(TestAccount.LEADER, false)).get(METRICS).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anAdministratorReadsThemAndSoDoesAScraperWithItsToken() {
    HttpResponse<String> metrics = as(TestAccount.ADMIN).get(METRICS);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(metrics.body())
        .contains(
            "# TYPE http_server_requests_seconds histogram",
            "hikaricp_connections_active{pool=\"onegrid\"}",
            "hikaricp_connections_pending{pool=\"onegrid\"}",
            "onegrid_analysis_queue_committees",
            "onegrid_analysis_lag_seconds",
            "onegrid_sessions_live");
    ApiClient scraper = anonymous().withToken(token(TestAccount.ADMIN, false));
    assertThat(scraper.get(METRICS).statusCode()).isEqualTo(200);
  }

  @Test
  void requestsAreCountedPerTemplatedRoute() throws Exception {
    ApiClient admin = as(TestAccount.ADMIN);
    get("/collections/committees/items");
    double before = value(admin.get(METRICS).body(), ITEMS_ROUTE);
    get("/collections/committees/items");
    get("/collections/micro-grids/items");
    get("/collections/duty-posts/items?limit=1");
    // A request is counted as its thread leaves the filter, a moment after its answer is sent.
    String after = admin.get(METRICS).body();
    for (int tries = 0; value(after, ITEMS_ROUTE) < before + 3 && tries < 20; tries++) {
      Thread.sleep(100);
      after = admin.get(METRICS).body();
    }
    assertThat(value(after, ITEMS_ROUTE)).isEqualTo(before + 3);
    assertThat(after)
        .as("no raw paths")
        .doesNotContain("uri=\"/collections/committees/items\"")
        .contains("le=\"0.1\"");
  }

  @Test
  void theAnalysisQueueItsLagAndTheSessionsMove() throws Exception {
    ApiClient admin = as(TestAccount.ADMIN);
    String waiting = admin.get(METRICS).body();
    assertThat(value(waiting, "onegrid_analysis_queue_committees"))
        .as("the fixture's two committees, not analysed yet")
        .isEqualTo(2);
    assertThat(value(waiting, "onegrid_analysis_lag_seconds")).isPositive();
    double sessions = value(waiting, "onegrid_sessions_live");
    assertThat(sessions).isGreaterThanOrEqualTo(1);

    TestDatabase.data().analyst().catchUp();
    as(TestAccount.STAFF).get("/account");
    Thread.sleep(1100); // the figures are read at most once a second
    String done = admin.get(METRICS).body();
    assertThat(value(done, "onegrid_analysis_queue_committees")).isZero();
    assertThat(value(done, "onegrid_analysis_lag_seconds")).isZero();
    assertThat(value(done, "onegrid_sessions_live")).isEqualTo(sessions + 1);
  }

  /** The value of the sample named exactly (name and labels) in Prometheus's text format. */
  private static double value(String metrics, String sample) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics);
    if (!line.find()) {
      throw new AssertionError("no " + sample + " in\n" + metrics);
    }
    return Double.parseDouble(line.group(1));
  }
}
