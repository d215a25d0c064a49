package cn.onegrid.server.features;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpBehaviourIT extends ApiTest {

  private static final String TILE = "/collections/committees/tiles/WebMercatorQuad/15/13386/27425";

  /** Simplified, so it is kept in the tile cache. */
  private static final String LOW_ZOOM_TILE =
      "/collections/committees/tiles/WebMercatorQuad/13/3346/6856";

  private static final String ITEM = "/collections/committees/items/310114118009";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/?f=json",
        "/collections",
        "/collections/committees/items?limit=1",
        "/collections/committees/items?limit=1&f=html",
        ITEM,
        TILE,
        LOW_ZOOM_TILE
      })
  void everyGetHasAStrongETagAndRevalidatesTo304(String path) {
    HttpResponse<byte[]> first = getBytes(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).startsWith("\"");
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    HttpResponse<byte[]> again = getBytes(path, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
  }

  @ParameterizedTest
  @ValueSource(strings = {ITEM, "/collections/committees/items", TILE, LOW_ZOOM_TILE})
  void anEditChangesTheETagAtOnce(String path) {
    String before = getBytes(path).headers().firstValue("ETag").orElseThrow();
    jdbc.sql("UPDATE committee SET name = '金华社区（新）' WHERE code = '310114118009'").update();
    HttpResponse<byte[]> after = getBytes(path, "If-None-Match", before);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
  }

  @Test
  void anEditReachesACachedTileAtOnce() {
    HttpResponse<byte[]> first = getBytes(LOW_ZOOM_TILE);
    HttpResponse<byte[]> cached = getBytes(LOW_ZOOM_TILE);
    assertThat(cached.body()).isEqualTo(first.body());
    assertThat(cached.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));

    jdbc.sql("UPDATE committee SET name = '金华社区（新）' WHERE code = '310114118009'").update();
    HttpResponse<byte[]> after = getBytes(LOW_ZOOM_TILE);
    assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains("金华社区（新）");
    assertThat(after.headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));
  }

  @ParameterizedTest
  @ValueSource(strings = {ITEM, LOW_ZOOM_TILE})
  void newAnalysisResultsChangeTheETag(String path) {
    String before = getBytes(path).headers().firstValue("ETag").orElseThrow();
    jdbc.sql(
            """
            INSERT INTO analysis_committee (committee_id, area_m2, covered_m2, coverage_ratio,
                overlap_m2, catchment_ratio, posts, blind_spot_radius_m, slot_ratios, worst_slots)
            SELECT id, 1, 0.5, 0.5, 0, 0.25, 1, 10, array_fill(0.5::float8, ARRAY[84]), '[]'
              FROM committee WHERE code = '310114118009'
            """)
        .update();
    HttpResponse<byte[]> after = getBytes(path, "If-None-Match", before);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
  }

  @Test
  void jsonAndHtmlOfOneResourceHaveDifferentETags() {
    String json = getBytes(ITEM + "?f=json").headers().firstValue("ETag").orElseThrow();
    String html = getBytes(ITEM + "?f=html").headers().firstValue("ETag").orElseThrow();
    String byAccept = getBytes(ITEM, "Accept", "text/html").headers().firstValue("ETag").get();
    assertThat(html).isNotEqualTo(json);
    assertThat(getBytes(ITEM, "Accept", "text/html", "If-None-Match", byAccept).statusCode())
        .isEqualTo(304);
    assertThat(getBytes(ITEM, "If-None-Match", byAccept).statusCode()).isEqualTo(200);
  }

  @Test
  void ifNoneMatchAnyNeverHidesAMissingFeature() {
    assertThat(getBytes(ITEM + "99", "If-None-Match", "*").statusCode()).isEqualTo(404);
  }

  @Test
  void dataResponsesHaveTheirLength() {
    HttpResponse<byte[]> page = getBytes("/collections/committees/items");
    assertThat(page.headers().firstValueAsLong("Content-Length"))
        .hasValue((long) page.body().length);
  }

  @Test
  void largeResponsesAreGzipped() {
    HttpResponse<byte[]> response = getBytes("/api", "Accept-Encoding", "gzip");
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void readsAllowAnyOrigin() {
    HttpResponse<String> response = get("/collections", "Origin", "http://qgis.example");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }

  @Test
  void aPreflightForAReadIsAnsweredAndOneForAWriteIsRefused() {
    HttpResponse<String> read =
        anonymous()
            .send(
                "OPTIONS",
                "/collections/committees/items",
                null,
                "Origin",
                "http://qgis.example",
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "Authorization");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(read.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,HEAD");
    HttpResponse<String> write =
        anonymous()
            .send(
                "OPTIONS",
                "/collections/duty-post-areas/items/1",
                null,
                "Origin",
                "http://elsewhere.example",
                "Access-Control-Request-Method",
                "PUT");
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void unknownCollectionIsAProblemDocumentWithoutInternals() {
    HttpResponse<String> response = get("/collections/no-such-thing/items");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void unknownPathIsNotFoundAsAProblemDocumentWithoutInternals() {
    // A path nothing serves is 404 whoever asks; a served one without a rule is still denied.
    HttpResponse<String> response = get("/no/such/thing");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception");
  }
}
