package cn.onegrid.server.features;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.server.ApiTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LandingAndCollectionsIT extends ApiTest {

  @Test
  void landingPageLinksToDefinitionConformanceAndData() {
    JsonNode landing = json("/?f=json");
    assertThat(rels(landing))
        .contains("self", "alternate", "service-desc", "service-doc", "conformance", "data");
    assertThat(href(landing, "data")).isEqualTo(url("/collections"));
  }

  @Test
  void browserAtTheRootGetsTheMapPage() {
    HttpResponse<String> response = get("/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(response.body()).contains("一张网");
  }

  @Test
  void theMapPageTakesWhatLinksAddButTheLandingDocumentStaysStrict() {
    HttpResponse<String> page =
        get("/?from=singlemessage&isappinstalled=0", "Accept", "text/html,*/*;q=0.8");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("一张网");
    assertThat(get("/?from=singlemessage&f=json").statusCode()).isEqualTo(400);
  }

  @Test
  void conformanceDeclaresPartFourWritesAndTheTilesetsServed() {
    List<String> classes = new ArrayList<>();
    json("/conformance").get("conformsTo").forEach(c -> classes.add(c.asString()));
    assertThat(classes)
        .contains(
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt")
        .doesNotContain(
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags");
  }

  @Test
  void extentsAreRoundedOutwardToTheDecimalsCoordinatesAreWrittenIn() {
    jdbc.sql(
            "UPDATE duty_post SET location = ST_SetSRID(ST_MakePoint(121.20012345678,"
                + " 31.15087654321), 4326) WHERE code = '310114118009P01'")
        .update();
    JsonNode bbox = json("/collections/duty-posts").at("/extent/spatial/bbox/0");
    assertThat(bbox.get(0).asDouble()).isEqualTo(121.2001234);
    assertThat(bbox.get(1).asDouble()).isEqualTo(31.1508765);
    JsonNode post =
        json("/collections/duty-posts/items/310114118009P01").at("/geometry/coordinates");
    assertThat(post.get(0).asDouble()).isGreaterThanOrEqualTo(bbox.get(0).asDouble());
    assertThat(post.get(1).asDouble()).isGreaterThanOrEqualTo(bbox.get(1).asDouble());
  }

  @Test
  void collectionResponsesCarryTheirLinksAsLinkHeaders() {
    assertThat(get("/collections/committees").headers().firstValue("Link"))
        .hasValueSatisfying(
            link -> assertThat(link).contains("rel=\"self\"").contains("rel=\"items\""));
    assertThat(get("/?f=json").headers().firstValue("Link"))
        .hasValueSatisfying(link -> assertThat(link).contains("rel=\"service-desc\""));
  }

  @Test
  void conformanceDeclaresCoreGeoJsonHtmlOpenApiAndCrs() {
    List<String> classes = new ArrayList<>();
    json("/conformance").get("conformsTo").forEach(c -> classes.add(c.asString()));
    assertThat(classes)
        .contains(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
  }

  @Test
  void apiIsAnOpenApi3Definition() {
    HttpResponse<String> response = get("/api");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/vnd.oai.openapi+json"));
    JsonNode api = JSON.readTree(response.body());
    assertThat(api.get("openapi").asString()).startsWith("3.0");
    assertThat(api.get("paths").has("/collections/{collectionId}/items")).isTrue();
  }

  @Test
  void collectionsListsEveryLayerWithExtentCrsAndItemLinks() {
    JsonNode collections = json("/collections").get("collections");
    List<String> ids = new ArrayList<>();
    collections.forEach(c -> ids.add(c.get("id").asString()));
    assertThat(ids)
        .containsExactly(
            "towns",
            "committees",
            "comprehensive-grids",
            "micro-grids",
            "duty-posts",
            "duty-post-areas",
            "residential-compounds",
            "incidents",
            "patrolled-areas",
            "coverage-gaps",
            "coverage-overlaps",
            "blind-spots",
            "health-findings");

    JsonNode committees = collections.get(1);
    JsonNode bbox = committees.at("/extent/spatial/bbox/0");
    assertThat(bbox.get(0).asDouble()).isEqualTo(121.30, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(bbox.get(3).asDouble()).isEqualTo(31.26, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(committees.get("itemType").asString()).isEqualTo("feature");
    assertThat(committees.get("crs").toString())
        .contains("EPSG/0/4490", "EPSG/0/3857", "OGC/1.3/CRS84");
    assertThat(href(committees, "items")).isEqualTo(url("/collections/committees/items?f=json"));
  }

  @Test
  void eachCollectionCarriesTheMapHintsOfItsCatalogueEntry() {
    for (Collection entry : Catalog.all()) {
      JsonNode map = json("/collections/" + entry.id()).path("map");
      assertThat(map.path("minZoom").asInt()).as(entry.id()).isEqualTo(entry.minZoom());
      assertThat(map.path("drawOrder").asInt()).isEqualTo(entry.map().drawOrder());
      assertThat(map.path("style").asString()).isEqualTo(entry.styleKey());
      assertThat(map.path("title").asString()).isEqualTo("layer." + entry.id());
    }
    JsonNode committees = json("/collections/committees").path("map");
    assertThat(committees.path("card").asString()).isEqualTo("committee");
    assertThat(committees.has("opens")).as("no null members").isFalse();
    JsonNode gaps = json("/collections/coverage-gaps").path("map");
    assertThat(gaps.path("opens").asString()).isEqualTo("committees");
  }

  @Test
  void collectionsAreTitledAndDescribedInTheReadersLanguage() {
    for (JsonNode c : collections("zh-CN")) {
      assertThat(c.path("title").asString())
          .as(c.path("id").asString())
          .containsPattern("\\p{IsHan}");
      assertThat(c.path("description").asString())
          .containsPattern("\\p{IsHan}")
          .doesNotContainPattern("[A-Za-z]{2,} [a-z]{2,}");
    }
    for (JsonNode c : collections("en")) {
      assertThat(c.path("title").asString() + c.path("description").asString())
          .as(c.path("id").asString())
          .isNotBlank()
          .doesNotContainPattern("\\p{IsHan}");
    }
    for (JsonNode link : committees("en").path("links")) {
      assertThat(link.path("title").asString())
          .as(link.toString())
          .doesNotContainPattern("\\p{IsHan}");
    }
    for (JsonNode link : committees("zh-CN").path("links")) {
      assertThat(link.path("title").asString())
          .as(link.toString())
          .doesNotContainPattern("[A-Za-z]{2,} [a-z]{2,}");
    }
    assertThat(committees("zh-CN").path("title").asString()).isEqualTo("居委会与村委会");
    assertThat(committees("en").path("title").asString()).isEqualTo("Committees");
    assertThat(get("/collections/committees?f=html", "Accept-Language", "en").body())
        .contains("Committees")
        .doesNotContain("居委会与村委会");
    assertThat(
            JSON.readTree(
                    get(
                            "/collections/committees/tiles/WebMercatorQuad/tilejson",
                            "Accept-Language",
                            "en")
                        .body())
                .path("name")
                .asString())
        .isEqualTo("Committees");
  }

  private JsonNode committees(String language) {
    return collections(language).stream()
        .filter(c -> c.path("id").asString().equals("committees"))
        .findFirst()
        .orElseThrow();
  }

  private List<JsonNode> collections(String language) {
    JsonNode doc = JSON.readTree(get("/collections", "Accept-Language", language).body());
    return doc.path("collections").valueStream().toList();
  }

  @Test
  void oneCollectionHasItsOwnDocument() {
    assertThat(json("/collections/micro-grids").get("title").asString()).contains("微网格");
  }

  @Test
  void unknownCollectionIsA404Problem() {
    HttpResponse<String> response = get("/collections/rivers");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains("没有图层 rivers")
        .doesNotContain("Exception")
        .doesNotContain("at cn.");
  }

  @Test
  void htmlOfTheCollectionsIsAPageWithLinks() {
    HttpResponse<String> response = get("/collections?f=html");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(response.body())
        .contains("<a href=\"" + url("/collections/committees/items?f=html") + "\"");
  }

  @Test
  void unknownFormatIsA400() {
    assertThat(get("/collections?f=xml").statusCode()).isEqualTo(400);
  }

  static List<String> rels(JsonNode document) {
    List<String> rels = new ArrayList<>();
    document.get("links").forEach(link -> rels.add(link.get("rel").asString()));
    return rels;
  }

  static String href(JsonNode document, String rel) {
    for (JsonNode link : document.get("links")) {
      if (link.get("rel").asString().equals(rel)) {
        return link.get("href").asString();
      }
    }
    throw new AssertionError("no link " + rel + " in " + document);
  }
}
