package cn.onegrid.server.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bad drawings get a clear answer over HTTP: the status the issue asks for and a problem document
 * saying what is wrong and where. Checked on the preview, which reads bodies exactly as the writes
 * do; and the writes: If-Match required, stale refused, planners only, each in their committees.
 */
class EditingBadInputIT extends ApiTest {

  private static final String POST = "/collections/duty-post-areas/items/310114118009P01";
  private static final String PREVIEW = POST + "/edit/preview";
  private static final String GEOJSON = "application/geo+json";

  @Test
  void theEditResourceGivesTheVersionTag() {
    HttpResponse<String> response = as(TestAccount.PLANNER).get(POST + "/edit");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"v1\"");
    assertThat(JSON.readTree(response.body()).at("/geometry/type").asString())
        .isEqualTo("MultiPolygon");
  }

  @Test
  void aCleanDrawingPreviewsItsEffectOnTheCommittee() {
    HttpResponse<String> response = post(PREVIEW, feature(box(121.301, 31.251, 121.309, 31.259)));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode preview = JSON.readTree(response.body());
    assertThat(preview.get("version").asInt()).isEqualTo(1);
    assertThat(preview.at("/effects/0/committee").asString()).isEqualTo("310114118009");
    assertThat(preview.at("/effects/0/after/coverageRatio").asDouble())
        .isGreaterThan(preview.at("/effects/0/before/coverageRatio").asDouble());
  }

  @Test
  void aDrawingReachingIntoTheNextCommitteeIsClippedAndSaysWhere() {
    JsonNode preview =
        JSON.readTree(post(PREVIEW, feature(box(121.305, 31.252, 121.312, 31.258))).body());
    assertThat(preview.at("/cleanings/0/kind").asString()).isEqualTo("clipped");
    assertThat(preview.at("/cleanings/0/where/0").asDouble()).isGreaterThan(121.31);
    assertThat(preview.at("/geometry/coordinates").toString()).doesNotContain("121.312");
  }

  @Test
  void aSelfIntersectingPolygonIsRepairedAndTheRepairIsLocated() {
    String bowTie =
        "{\"type\":\"Polygon\",\"coordinates\":[[[121.302,31.252],[121.306,31.256],"
            + "[121.306,31.252],[121.302,31.256],[121.302,31.252]]]}";
    JsonNode preview = JSON.readTree(post(PREVIEW, feature(bowTie)).body());
    assertThat(preview.at("/cleanings/0/kind").asString()).isEqualTo("repaired");
    assertThat(preview.at("/cleanings/0/detail").asString())
        .isEqualTo("Repaired an invalid drawing: the outline crossed itself.");
    assertThat(preview.at("/cleanings/0/where/0").asDouble()).isBetween(121.3039, 121.3041);
  }

  @Test
  void aPolygonOutsideItsCommitteeIsRefusedSayingSo() {
    HttpResponse<String> response = post(PREVIEW, feature(box(121.40, 31.25, 121.41, 31.26)));
    assertProblem(response, 422, "outside its committee");
    assertThat(JSON.readTree(response.body()).get("reason").asString())
        .isEqualTo("outside_committee");
  }

  @Test
  void swappedLatitudeAndLongitudeAreRefusedWithThatHint() {
    assertProblem(
        post(PREVIEW, feature(box(31.251, 121.301, 31.259, 121.309))), 422, "longitude first");
  }

  @Test
  void aGeometryThatIsNotAPolygonIs422() {
    assertProblem(
        post(
            PREVIEW,
            feature(
                "{\"type\":\"LineString\",\"coordinates\":[[121.301,31.251],[121.302,31.252]]}")),
        422,
        "Polygon or MultiPolygon");
  }

  @Test
  void moreThanTenThousandVerticesIs413() {
    StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
    int n = 10_050;
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      ring.append(
          String.format(
              Locale.ROOT,
              "[%.7f,%.7f],",
              121.305 + 0.003 * Math.cos(a),
              31.255 + 0.003 * Math.sin(a)));
    }
    ring.append("[121.308,31.255]]]}");
    assertProblem(post(PREVIEW, feature(ring.toString())), 413, "at most 10000 vertices");
  }

  @Test
  void aPolygonCrossingItselfThousandsOfTimesIs422Promptly() {
    // 1,500 random vertices, about 40 KB: repairing them once took half a minute and gigabytes.
    Random random = new Random(12);
    StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
    for (int i = 0; i < 1_500; i++) {
      ring.append(
          String.format(
              Locale.ROOT,
              "[%.7f,%.7f],",
              121.302 + 0.006 * random.nextDouble(),
              31.252 + 0.006 * random.nextDouble()));
    }
    ring.append(ring, ring.indexOf("[[") + 2, ring.indexOf("],") + 1).append("]]}");
    long start = System.nanoTime();
    HttpResponse<String> response = post(PREVIEW, feature(ring.toString()));
    assertProblem(response, 422, "crosses itself more than 500 times");
    assertThat(JSON.readTree(response.body()).get("reason").asString()).isEqualTo("too_complex");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void pointsOnALineAreNoArea() {
    String line =
        "{\"type\":\"Polygon\",\"coordinates\":[[[121.302,31.252],[121.305,31.255],"
            + "[121.308,31.258],[121.302,31.252]]]}";
    HttpResponse<String> response = post(PREVIEW, feature(line));
    assertProblem(response, 422, "has no area");
    assertThat(JSON.readTree(response.body()).get("reason").asString()).isEqualTo("empty");
  }

  @Test
  void aBodyOverOneMegabyteIs413() {
    String padding = "0".repeat(1024 * 1024);
    String body = "{\"type\":\"Feature\",\"geometry\":null,\"pad\":\"" + padding + "\"}";
    assertProblem(post(PREVIEW, body), 413, "larger than 1048576 bytes");
  }

  @Test
  void malformedBodiesAreRefusedWithWhatIsWrong() {
    assertProblem(post(PREVIEW, "{\"type\":"), 400, "not JSON");
    assertProblem(post(PREVIEW, "{\"type\":\"FeatureCollection\"}"), 400, "GeoJSON Feature");
    assertProblem(
        post(
            PREVIEW,
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":7}}"),
        400,
        "not valid GeoJSON");
    assertProblem(
        post(PREVIEW, "{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},\"geometry\":null}"),
        422,
        "read-only");
    assertProblem(
        send(TestAccount.PLANNER, "POST", PREVIEW, "text/plain", "hello"),
        415,
        "application/geo+json");
  }

  @Test
  void unknownFeaturesAndCollectionsAre404() {
    assertProblem(
        post(
            "/collections/duty-post-areas/items/310114118009P77/edit/preview",
            feature(box(121.301, 31.251, 121.309, 31.259))),
        404,
        "310114118009P77");
    assertProblem(
        as(TestAccount.PLANNER).get("/collections/committees/items/310114118009/edit"),
        404,
        "图层 committees 不能在此修改");
  }

  @Test
  void theMapAsOfAMomentIsGeoJsonAndABadMomentIs400() {
    HttpResponse<String> response =
        get(
            "/collections/duty-post-areas/as-of?datetime=2026-11-01T08:00:00%2B08:00"
                + "&bbox=121.30,31.25,121.32,31.26");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("features")).hasSize(2);
    assertProblem(get("/collections/duty-post-areas/as-of?datetime=yesterday"), 400, "datetime");
  }

  @Test
  void aWriteNeedsIfMatchAndAStaleOneChangesNothing() {
    String body = feature(box(121.301, 31.251, 121.309, 31.259));
    String write = POST + "?change_reason=%E6%89%A9%E5%A4%A7";
    assertProblem(send(TestAccount.PLANNER, "PUT", write, GEOJSON, body), 428, "If-Match");
    HttpResponse<String> first =
        send(TestAccount.PLANNER, "PUT", write, GEOJSON, body, "If-Match", "\"v1\"");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).hasValue("\"v2\"");
    HttpResponse<String> stale =
        send(
            TestAccount.PLANNER,
            "PUT",
            write,
            GEOJSON,
            feature(box(121.302, 31.252, 121.308, 31.258)),
            "If-Match",
            "\"v1\"");
    assertProblem(stale, 412, "version 2, not 1");
    assertThat(stale.headers().firstValue("ETag")).hasValue("\"v2\"");
    assertThat(JSON.readTree(as(TestAccount.PLANNER).get(POST + "/edit").body()).toString())
        .as("the stale write changed nothing")
        .contains("121.309");
    assertProblem(
        send(TestAccount.PLANNER, "PUT", POST, GEOJSON, body, "If-Match", "\"v2\""),
        400,
        "change_reason");
  }

  @Test
  void aCommitteePlannerChangesOnlyTheirCommittee() {
    String other = "/collections/duty-post-areas/items/310114118203P01?change_reason=x";
    assertProblem(
        send(
            TestAccount.COMMITTEE_PLANNER,
            "PUT",
            other,
            GEOJSON,
            feature(box(121.311, 31.251, 121.319, 31.259)),
            "If-Match",
            "\"v1\""),
        403,
        "may not change committee 310114118203");
    HttpResponse<String> own =
        send(
            TestAccount.COMMITTEE_PLANNER,
            "PUT",
            POST + "?change_reason=x",
            GEOJSON,
            feature(box(121.301, 31.251, 121.309, 31.259)),
            "If-Match",
            "\"v1\"");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
  }

  @Test
  void writesNeedASignedInPlanner() {
    String body = feature(box(121.301, 31.251, 121.309, 31.259));
    HttpResponse<String> nobody =
        anonymous()
            .send(
                "PUT",
                POST + "?change_reason=x",
                body,
                "Content-Type",
                GEOJSON,
                "If-Match",
                "\"v1\"");
    assertThat(nobody.statusCode()).as("no session, so no CSRF token either").isIn(401, 403);
    HttpResponse<String> staff =
        send(
            TestAccount.STAFF,
            "PUT",
            POST + "?change_reason=x",
            GEOJSON,
            body,
            "If-Match",
            "\"v1\"");
    assertThat(staff.statusCode()).isEqualTo(403);
  }

  private void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(detail);
  }

  private HttpResponse<String> post(String path, String body) {
    return send(TestAccount.PLANNER, "POST", path, GEOJSON, body);
  }

  /**
   * As the page sends it: in the account's session, with its CSRF token; in English, which the
   * details asserted here are in.
   */
  private HttpResponse<String> send(
      TestAccount account, String method, String path, String type, String body, String... more) {
    ApiClient client = as(account);
    List<String> headers =
        new ArrayList<>(
            List.of(
                "Content-Type", type, "X-CSRF-TOKEN", client.csrfToken(), "Accept-Language", "en"));
    headers.addAll(List.of(more));
    return client.send(method, path, body, headers.toArray(String[]::new));
  }

  static String feature(String geometry) {
    return "{\"type\":\"Feature\",\"geometry\":" + geometry + "}";
  }

  static String box(double west, double south, double east, double north) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
        west,
        south,
        east,
        south,
        east,
        north,
        west,
        north,
        west,
        south);
  }
}
