package cn.onegrid.server.features;

import static cn.onegrid.server.features.LandingAndCollectionsIT.href;
import static cn.onegrid.server.features.LandingAndCollectionsIT.rels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.onegrid.server.ApiTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class ItemsIT extends ApiTest {

  @Test
  void itemsAreAGeoJsonFeatureCollection() {
    HttpResponse<String> response = get("/collections/committees/items");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
    JsonNode page = JSON.readTree(response.body());
    assertThat(page.get("type").asString()).isEqualTo("FeatureCollection");
    assertThat(page.get("numberReturned").asInt()).isEqualTo(2);
    assertThat(page.get("numberMatched").asInt()).isEqualTo(2);
    JsonNode first = page.get("features").get(0);
    assertThat(first.get("id").asString()).isEqualTo("310114118009");
    assertThat(first.at("/properties/name").asString()).isEqualTo("金华社区居委会");
    assertThat(first.at("/properties/kind").asString()).isEqualTo("residents_committee");
    assertThat(first.at("/geometry/type").asString()).isEqualTo("MultiPolygon");
  }

  @Test
  void bboxKeepsOnlyIntersectingFeatures() {
    JsonNode page = json("/collections/committees/items?bbox=121.301,31.251,121.305,31.255");
    assertThat(page.get("numberReturned").asInt()).isEqualTo(1);
    assertThat(page.at("/features/0/id").asString()).isEqualTo("310114118009");
  }

  @Test
  void bboxInEpsg4326IsReadLatitudeFirst() {
    JsonNode page =
        json(
            "/collections/committees/items?bbox=31.251,121.315,31.255,121.318&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326");
    assertThat(page.at("/features/0/id").asString()).isEqualTo("310114118203");
    assertThat(page.get("numberReturned").asInt()).isEqualTo(1);
  }

  @Test
  void bboxInWebMercatorIsReprojected() {
    // 121.315..121.318 E, 31.251..31.255 N in EPSG:3857
    JsonNode page =
        json(
            "/collections/committees/items?bbox=13504724,3665389,13505058,3665910&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857");
    assertThat(page.at("/features/0/id").asString()).isEqualTo("310114118203");
  }

  @Test
  void crsEpsg4326PutsLatitudeFirstAndSaysSo() {
    HttpResponse<String> response =
        get(
            "/collections/duty-posts/items/310114118009P01?crs=http://www.opengis.net/def/crs/EPSG/0/4326");
    assertThat(response.headers().firstValue("Content-Crs"))
        .hasValue("<http://www.opengis.net/def/crs/EPSG/0/4326>");
    JsonNode point = JSON.readTree(response.body()).at("/geometry/coordinates");
    assertThat(point.get(0).asDouble()).isEqualTo(31.255, offset(1e-7));
    assertThat(point.get(1).asDouble()).isEqualTo(121.305, offset(1e-7));
  }

  @Test
  void crsCgcs2000And3857AreReprojectedByPostgis() {
    JsonNode cgcs =
        json(
            "/collections/duty-posts/items/310114118009P01?crs=http://www.opengis.net/def/crs/EPSG/0/4490");
    assertThat(cgcs.at("/geometry/coordinates/1").asDouble()).isEqualTo(121.305, offset(1e-6));
    JsonNode mercator =
        json(
            "/collections/duty-posts/items/310114118009P01?crs=http://www.opengis.net/def/crs/EPSG/0/3857");
    assertThat(mercator.at("/geometry/coordinates/0").asDouble())
        .isEqualTo(13503610.83, offset(0.01));
  }

  @Test
  void defaultCrsIsCrs84() {
    HttpResponse<String> response = get("/collections/duty-posts/items");
    assertThat(response.headers().firstValue("Content-Crs"))
        .hasValue("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>");
  }

  @Test
  void limitPagesThroughNextAndPrevLinks() {
    JsonNode first = json("/collections/micro-grids/items?limit=3");
    assertThat(first.get("numberReturned").asInt()).isEqualTo(3);
    assertThat(first.has("numberMatched")).isFalse();
    JsonNode second = json(href(first, "next").substring(url("").length()));
    assertThat(second.get("numberReturned").asInt()).isEqualTo(1);
    assertThat(second.at("/features/0/id").asString()).isEqualTo("3101141182030102");
    assertThat(rels(second)).contains("prev").doesNotContain("next");
    assertThat(href(second, "prev")).contains("limit=3").doesNotContain("offset");
  }

  @Test
  void nextAppearsOnlyWhenTheNextPageHasFeatures() {
    JsonNode all = json("/collections/micro-grids/items?limit=4");
    assertThat(all.get("numberReturned").asInt()).isEqualTo(4);
    assertThat(all.get("numberMatched").asInt()).isEqualTo(4);
    assertThat(rels(all)).doesNotContain("next");
    JsonNode last = json("/collections/micro-grids/items?limit=2&offset=2");
    assertThat(last.get("numberReturned").asInt()).isEqualTo(2);
    assertThat(rels(last)).contains("prev").doesNotContain("next");
  }

  @Test
  void pagingLinksKeepTheFormatAndAreLinkHeadersToo() {
    HttpResponse<String> response = get("/collections/micro-grids/items?limit=2");
    String next = href(JSON.readTree(response.body()), "next");
    assertThat(next).contains("f=json").contains("offset=2").contains("limit=2");
    assertThat(response.headers().firstValue("Link"))
        .hasValueSatisfying(
            link ->
                assertThat(link)
                    .contains("<" + next + ">; rel=\"next\"; type=\"application/geo+json\"")
                    .contains("rel=\"self\"")
                    .contains("rel=\"collection\""));
    String html = get("/collections/micro-grids/items?limit=2&f=html").body();
    assertThat(html).contains("offset=2").contains("f=html&amp;offset=2");
  }

  @Test
  void itemsCarryTheTimeStampOfTheDataTheyShow() {
    java.time.Instant changed =
        jdbc.sql("SELECT changed_at FROM data_revision")
            .query(java.time.OffsetDateTime.class)
            .single()
            .toInstant()
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    JsonNode page = json("/collections/committees/items");
    assertThat(java.time.Instant.parse(page.get("timeStamp").asString())).isEqualTo(changed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-11-01T00:00:00Z",
    "2026-11-01T00:00:00+08:00/2026-11-20T00:00:00+08:00",
    "../2026-11-20T00:00:00Z",
    "2026-11-01T00:00:00Z/.."
  })
  void datetimeIsAcceptedAndEveryFeatureMatchesIt(String datetime) {
    JsonNode page = json("/collections/committees/items?datetime=" + datetime.replace("+", "%2B"));
    assertThat(page.get("numberReturned").asInt()).isEqualTo(2);
  }

  @Test
  void bboxAcrossTheAntimeridianIsAnsweredAsTwoBoxes() {
    // 170°E..180° and 180°..121.31°E: the second part holds the committee at 121.301..121.305
    JsonNode across = json("/collections/committees/items?bbox=170,31.2,121.31,31.3");
    List<String> ids = new ArrayList<>();
    across.get("features").forEach(f -> ids.add(f.get("id").asString()));
    assertThat(ids).contains("310114118009");
    JsonNode nothing = json("/collections/committees/items?bbox=179,31.2,-179,31.3");
    assertThat(nothing.get("numberReturned").asInt()).isZero();
  }

  @Test
  void limitAboveTheMaximumIsServedUpToIt() {
    assertThat(json("/collections/committees/items?limit=50000").get("numberReturned").asInt())
        .isEqualTo(2);
  }

  @Test
  void propertiesSelectsWhichPropertiesAreSent() {
    JsonNode properties =
        json("/collections/committees/items?properties=name").at("/features/0/properties");
    assertThat(properties.propertyNames()).containsExactly("name");
  }

  @Test
  void codeFiltersSelectTheGridsOfOneCommittee() {
    JsonNode page = json("/collections/micro-grids/items?committee_code=310114118203");
    assertThat(page.get("numberReturned").asInt()).isEqualTo(2);
    page.get("features")
        .forEach(
            f ->
                assertThat(f.at("/properties/committee_code").asString())
                    .isEqualTo("310114118203"));
  }

  @Test
  void postsCarryLeaderAndDutiesButNoPhone() {
    JsonNode post = json("/collections/duty-posts/items/310114118009P01");
    assertThat(post.at("/properties/leader_name").asString()).isEqualTo("张伟（示例）");
    assertThat(post.at("/properties/duty_types").toString())
        .isEqualTo("[\"security_fire_patrol\",\"sanitation\"]");
    assertThat(post.toString()).doesNotContain("13900000001");
    assertThat(rels(post)).contains("self", "alternate", "collection");
  }

  @Test
  void unknownFeatureIsA404Problem() {
    HttpResponse<String> response = get("/collections/committees/items/310114118999");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).path("detail").asString())
        .isEqualTo("committees 中没有要素 310114118999。");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "limit=-1|limit must be at least 1",
        "limit=ten|limit must be a whole number",
        "offset=-5|offset must be at least 0",
        "bbox=1,2,3|bbox must have 4 numbers",
        "bbox=121.3,31.2,abc,31.3|bbox value 3, abc, is not a number",
        "bbox=121.3,31.3,121.4,31.2|south edge is north of its north edge",
        "bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326|bbox-crs is given without a bbox",
        "crs=EPSG:9999|is not supported",
        "colour=red|Unknown query parameter colour",
        "properties=name,phone|has no property phone",
        "datetime=yesterday|yesterday is not a date-time",
        "datetime=../..|A datetime interval needs at least one end"
      })
  void badQueriesAre400sThatSayWhatWasWrong(String query, String message) {
    HttpResponse<String> response =
        get("/collections/committees/items?" + query, "Accept-Language", "en");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains(message);
  }

  @Test
  void itemsInHtmlEscapeWhatTheDataSays() {
    jdbc.sql(
            "UPDATE committee SET name = '<img src=x onerror=alert(1)>' WHERE code = '310114118009'")
        .update();
    HttpResponse<String> response = get("/collections/committees/items?f=html");
    assertThat(response.body())
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x");
  }
}
