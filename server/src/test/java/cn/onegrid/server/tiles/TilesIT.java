package cn.onegrid.server.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Property;
import cn.onegrid.server.ApiTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TilesIT extends ApiTest {

  // The fixture town (121.30–121.32 E, 31.25–31.26 N) lies in this zoom-15 tile: row 13386, column
  // 27425.
  private static final String TOWN_TILE =
      "/collections/committees/tiles/WebMercatorQuad/15/13386/27425";

  @Test
  void theTilesetIsTheOgcTilesetWithItsLinks() {
    JsonNode tileset = json("/collections/committees/tiles/WebMercatorQuad");
    assertThat(tileset.get("dataType").asString()).isEqualTo("vector");
    assertThat(tileset.get("tileMatrixSetURI").asString())
        .isEqualTo("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad");
    assertThat(tileset.get("crs").asString())
        .isEqualTo("http://www.opengis.net/def/crs/EPSG/0/3857");
    assertThat(linkTo(tileset, "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme"))
        .isEqualTo(url("/tileMatrixSets/WebMercatorQuad"));
    assertThat(linkTo(tileset, "item"))
        .isEqualTo(
            url("/collections/committees/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}"));
    assertThat(linkTo(tileset, "self"))
        .isEqualTo(url("/collections/committees/tiles/WebMercatorQuad"));
    // The town's committees at zoom 15 are the tile the town tile test reads
    int minZoom = Catalog.get("committees").minZoom();
    JsonNode z15 = tileset.at("/tileMatrixSetLimits/" + (15 - minZoom));
    assertThat(tileset.at("/tileMatrixSetLimits/0/tileMatrix").asString())
        .isEqualTo(String.valueOf(minZoom));
    assertThat(z15.get("tileMatrix").asString()).isEqualTo("15");
    assertThat(z15.get("minTileRow").asLong()).isLessThanOrEqualTo(13386);
    assertThat(z15.get("maxTileRow").asLong()).isGreaterThanOrEqualTo(13386);
    assertThat(z15.get("minTileCol").asLong()).isLessThanOrEqualTo(27425);
    assertThat(z15.get("maxTileCol").asLong()).isGreaterThanOrEqualTo(27425);
    assertThat(tileset.at("/layers/0/id").asString()).isEqualTo("committees");
    assertThat(tileset.at("/layers/0/minTileMatrix").asString()).isEqualTo(String.valueOf(minZoom));
  }

  @Test
  void webMercatorQuadIsDefinedAsTms2Says() {
    JsonNode tms = json("/tileMatrixSets/WebMercatorQuad");
    assertThat(tms.get("id").asString()).isEqualTo("WebMercatorQuad");
    assertThat(tms.get("crs").asString()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/3857");
    JsonNode zero = tms.at("/tileMatrices/0");
    assertThat(zero.get("scaleDenominator").asDouble())
        .isEqualTo(559082264.0287178, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(zero.get("cellSize").asDouble())
        .isEqualTo(156543.03392804097, org.assertj.core.data.Offset.offset(1e-8));
    assertThat(zero.at("/pointOfOrigin/0").asDouble())
        .isEqualTo(-20037508.3427892, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(tms.at("/tileMatrices/15/matrixWidth").asLong()).isEqualTo(32768);
    assertThat(json("/tileMatrixSets").toString()).contains(url("/tileMatrixSets/WebMercatorQuad"));
    assertThat(get("/tileMatrixSets/WorldCRS84Quad").statusCode()).isEqualTo(404);
  }

  @Test
  void tileJsonDescribesTheLayer() {
    JsonNode tileJson = json("/collections/committees/tiles/WebMercatorQuad/tilejson");
    assertThat(tileJson.get("tilejson").asString()).isEqualTo("3.0.0");
    assertThat(tileJson.at("/tiles/0").asString())
        .isEqualTo(url("/collections/committees/tiles/WebMercatorQuad/{z}/{y}/{x}"));
    assertThat(tileJson.at("/vector_layers/0/id").asString()).isEqualTo("committees");
    assertThat(tileJson.at("/vector_layers/0/fields").has("code")).isTrue();
    assertThat(tileJson.get("minzoom").asInt())
        .as("the catalogue's")
        .isEqualTo(Catalog.get("committees").minZoom());
    assertThat(tileJson.at("/bounds/0").asDouble())
        .isEqualTo(121.30, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void tileJsonFieldsSayWhatEachPropertyMeansInTheReadersLanguage() {
    for (String id : new String[] {"towns", "committees", "duty-posts"}) {
      JsonNode chinese = fields(id);
      JsonNode english = fields(id, "Accept-Language", "en");
      assertThat(chinese.propertyNames())
          .as(id)
          .containsExactlyElementsOf(
              Catalog.get(id).properties().stream().map(Property::name).toList());
      assertThat(chinese.valueStream().map(JsonNode::asString))
          .as("%s in Chinese by default", id)
          .allSatisfy(text -> assertThat(text).containsPattern("\\p{IsHan}"))
          .noneSatisfy(text -> assertThat(text).containsPattern("\\b[A-Z][a-z]+"));
      assertThat(english.valueStream().map(JsonNode::asString))
          .as("%s in English", id)
          .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContainPattern("\\p{IsHan}"));
    }
    // What is said of a collection's own properties wins over what is said of all
    assertThat(fields("towns").get("code")).isNotEqualTo(fields("committees").get("code"));
    assertThat(fields("towns").get("name")).isEqualTo(fields("committees").get("name"));
  }

  private JsonNode fields(String collection, String... headers) {
    HttpResponse<String> response =
        get("/collections/" + collection + "/tiles/WebMercatorQuad/tilejson", headers);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).at("/vector_layers/0/fields");
  }

  @Test
  void tilesetsListLinksTheTilesetAndItsTileJson() {
    JsonNode tilesets = json("/collections/duty-posts/tiles");
    assertThat(tilesets.at("/tilesets/0/dataType").asString()).isEqualTo("vector");
    JsonNode entry = tilesets.at("/tilesets/0");
    assertThat(linkTo(entry, "self"))
        .isEqualTo(url("/collections/duty-posts/tiles/WebMercatorQuad"));
    assertThat(linkTo(entry, "alternate"))
        .isEqualTo(url("/collections/duty-posts/tiles/WebMercatorQuad/tilejson"));
  }

  private static String linkTo(JsonNode document, String rel) {
    for (JsonNode link : document.get("links")) {
      if (link.get("rel").asString().equals(rel)) {
        return link.get("href").asString();
      }
    }
    throw new AssertionError("no link " + rel + " in " + document);
  }

  @Test
  void aTileOverTheTownIsAVectorTile() {
    HttpResponse<byte[]> response = getBytes(TOWN_TILE);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.mapbox-vector-tile");
    String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("committees").contains("310114118009").contains("金华社区居委会");
  }

  @Test
  void headOfATileAnswersAsGetDoesWithoutTheBody() {
    HttpResponse<String> head =
        as(cn.onegrid.server.TestAccount.STAFF).send("HEAD", TOWN_TILE, null);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.mapbox-vector-tile");
    assertThat(head.headers().firstValue("ETag")).isPresent();
    assertThat(head.body()).isEmpty();
  }

  @Test
  void theTileAnswersWithAnMvtExtensionToo() {
    HttpResponse<byte[]> plain = getBytes(TOWN_TILE);
    HttpResponse<byte[]> named = getBytes(TOWN_TILE + ".mvt");
    assertThat(named.statusCode()).isEqualTo(200);
    assertThat(named.body()).isEqualTo(plain.body());
  }

  @Test
  void anEmptyTileIs204() {
    assertThat(getBytes("/collections/committees/tiles/WebMercatorQuad/15/0/0").statusCode())
        .isEqualTo(204);
  }

  @Test
  void tilesOutsideTheMatrixOrBelowTheLayersZoomAre404() {
    assertThat(get("/collections/committees/tiles/WebMercatorQuad/3/9/0").statusCode())
        .isEqualTo(404);
    assertThat(get("/collections/committees/tiles/WebMercatorQuad/23/0/0").statusCode())
        .isEqualTo(404);
    HttpResponse<String> belowMinZoom =
        get("/collections/micro-grids/tiles/WebMercatorQuad/9/209/428");
    assertThat(belowMinZoom.statusCode()).isEqualTo(404);
    assertThat(belowMinZoom.body()).contains("图层 micro-grids 的瓦片从 tileMatrix 13 起");
  }

  @Test
  void aTileAddressThatIsNotANumberIsA400() {
    HttpResponse<String> response =
        get("/collections/committees/tiles/WebMercatorQuad/15/abc/27425");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }
}
