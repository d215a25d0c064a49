package cn.onegrid.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.OneGridApplication;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers on one PostGIS, both keeping the analysis current, as behind a load balancer: an edit
 * on one is seen on the other at once, its analysis shortly after, and the analysis ran once; the
 * other's tile cache, keyed by the data revision, serves the new tile.
 */
class AnalysisAcrossInstancesIT extends ApiTest {

  private static final String AREA = "/collections/duty-post-areas/items/310114118009P01";
  private static final String COMMITTEE = "/collections/committees/items/310114118009";
  private static final String GAPS_TILE =
      "/collections/coverage-gaps/tiles/WebMercatorQuad/14/6693/13712";

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void startTwoAnalysingInstances() {
    first = start("first");
    second = start("second");
  }

  @AfterAll
  static void stopThem() {
    second.close();
    first.close();
  }

  @Test
  void anEditOnOneIsAnalysedOnceAndSeenWithItsAnalysisOnTheOther() throws Exception {
    ApiClient there = signedIn(second, TestAccount.LEADER);
    awaitTrue(() -> count("SELECT count(*) FROM analysis_committee") == 2, "the fixture analysed");
    awaitTrue(() -> count("SELECT count(*) FROM analysis_stale") == 0, "the queue empty");
    ApiClient firstAdmin = signedIn(first, TestAccount.ADMIN);
    ApiClient secondAdmin = signedIn(second, TestAccount.ADMIN);
    double analysedBefore = analysed(firstAdmin) + analysed(secondAdmin);
    double coverageBefore = coverage(there);
    HttpResponse<byte[]> tileBefore = there.getBytes(GAPS_TILE);
    assertThat(tileBefore.statusCode()).isEqualTo(200);
    jdbc.sql(
            """
            CREATE TABLE analysis_writes (committee_id bigint, instance text);
            CREATE FUNCTION note_analysis_write() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO analysis_writes VALUES (NEW.committee_id, current_setting('application_name'));
                RETURN NULL;
            END $$;
            CREATE TRIGGER note_analysis_write AFTER INSERT OR UPDATE ON analysis_committee
                FOR EACH ROW EXECUTE FUNCTION note_analysis_write();
            """)
        .update();
    try {
      ApiClient planner = signedIn(first, TestAccount.PLANNER);
      HttpResponse<String> edit =
          planner.send(
              "PUT",
              AREA + "?change_reason=%E6%89%A9%E5%A4%A7",
              "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                  + "[[[121.301,31.251],[121.309,31.251],[121.309,31.259],[121.301,31.259],"
                  + "[121.301,31.251]]]}}",
              "Content-Type",
              "application/geo+json",
              "If-Match",
              "\"v1\"",
              "X-CSRF-TOKEN",
              planner.csrfToken());
      assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);

      assertThat(there.get(AREA).body()).as("the edit, at once").contains("121.309");
      awaitTrue(() -> coverage(there) > coverageBefore, "the fresh analysis on the other");
      Thread.sleep(3000); // three more turns of both servers' analysis
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM analysis_writes w JOIN committee c ON c.id = w.committee_id"
                          + " WHERE c.code = '310114118009'")
                  .query(Long.class)
                  .single())
          .as(
              "the analysis ran once: %s",
              jdbc.sql("SELECT * FROM analysis_writes").query().listOfRows())
          .isEqualTo(1);
      assertThat(analysed(firstAdmin) + analysed(secondAdmin))
          .as("committees the two instances analysed, in their metrics")
          .isEqualTo(analysedBefore + 1);
      HttpResponse<byte[]> tileAfter = there.getBytes(GAPS_TILE);
      assertThat(tileAfter.headers().firstValue("ETag"))
          .isNotEqualTo(tileBefore.headers().firstValue("ETag"));
      assertThat(tileAfter.body())
          .as("the new gaps, not the cached tile")
          .isNotEqualTo(tileBefore.body());
    } finally {
      jdbc.sql(
              "DROP TRIGGER note_analysis_write ON analysis_committee;"
                  + " DROP FUNCTION note_analysis_write(); DROP TABLE analysis_writes")
          .update();
    }
  }

  private static ConfigurableApplicationContext start(String name) {
    return new SpringApplicationBuilder(OneGridApplication.class)
        .properties(
            "server.port=0",
            "onegrid.data.sample=none",
            "onegrid.analysis.enabled=true",
            "spring.datasource.hikari.data-source-properties.ApplicationName=" + name,
            "onegrid.db.url=" + TestDatabase.cluster().jdbcUrl(TestDatabase.DATABASE),
            "onegrid.db.user=" + EmbeddedPostgis.USER,
            "onegrid.db.password=" + TestDatabase.cluster().password())
        .run();
  }

  private static ApiClient signedIn(ConfigurableApplicationContext instance, TestAccount account) {
    ApiClient client =
        new ApiClient(
            "http://localhost:" + instance.getEnvironment().getProperty("local.server.port"));
    HttpResponse<String> login = client.login(account.username, TestAccount.PASSWORD);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return client;
  }

  private static double coverage(ApiClient client) {
    return JSON.readTree(client.get(COMMITTEE).body()).at("/properties/coverage_ratio").asDouble();
  }

  /** The committees this instance analysed, from its metrics. */
  private static double analysed(ApiClient admin) {
    String metrics = admin.get("/actuator/prometheus").body();
    Matcher line =
        Pattern.compile("(?m)^onegrid_analysis_committees_total(?:\\{[^}]*})? (\\S+)$")
            .matcher(metrics);
    assertThat(line.find()).as(metrics).isTrue();
    return Double.parseDouble(line.group(1));
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static void awaitTrue(Supplier<Boolean> condition, String what) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.get()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not in 30 s: " + what);
      }
      Thread.sleep(200);
    }
  }
}
