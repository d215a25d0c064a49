package cn.onegrid.server.features;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpBehaviourIT extends ApiTest {

  private static final String TILE = "/collections/committees/tiles/WebMercatorQuad/15/13386/27425";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/?f=json",
        "/collections",
        "/collections/committees/items?limit=1",
        "/collections/committees/items/310114118009",
        TILE
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
  @ValueSource(strings = {"/collections/committees/items/310114118009", TILE})
  void anEditChangesTheETagAtOnce(String path) {
    String before = getBytes(path).headers().firstValue("ETag").orElseThrow();
    jdbc.sql("UPDATE committee SET name = '金华社区（新）' WHERE code = '310114118009'").update();
    HttpResponse<byte[]> after = getBytes(path, "If-None-Match", before);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
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
  void unknownCollectionIsAProblemDocumentWithoutInternals() {
    HttpResponse<String> response = get("/collections/no-such-thing/items");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void unknownPathIsDeniedAsAProblemDocumentWithoutInternals() {
    // Nothing allows a path that no rule names, whoever asks (see SecurityConfiguration).
    HttpResponse<String> response = get("/no/such/thing");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception");
  }
}
