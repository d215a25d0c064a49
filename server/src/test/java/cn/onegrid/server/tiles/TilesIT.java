package cn.onegrid.server.tiles;

import static org.assertj.core.api.Assertions.assertThat;

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
  void tileJsonDescribesTheLayer() {
    JsonNode tileJson = json("/collections/committees/tiles/WebMercatorQuad");
    assertThat(tileJson.get("tilejson").asString()).isEqualTo("3.0.0");
    assertThat(tileJson.at("/tiles/0").asString())
        .isEqualTo(url("/collections/committees/tiles/WebMercatorQuad/{z}/{y}/{x}"));
    assertThat(tileJson.at("/vector_layers/0/id").asString()).isEqualTo("committees");
    assertThat(tileJson.at("/vector_layers/0/fields").has("code")).isTrue();
    assertThat(tileJson.get("minzoom").asInt()).isEqualTo(10);
    assertThat(tileJson.at("/bounds/0").asDouble())
        .isEqualTo(121.30, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void tilesetsListLinksTheTileTemplate() {
    JsonNode tilesets = json("/collections/duty-posts/tiles");
    assertThat(tilesets.at("/tilesets/0/dataType").asString()).isEqualTo("vector");
    assertThat(tilesets.toString()).contains("{tileMatrix}/{tileRow}/{tileCol}");
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
    assertThat(belowMinZoom.body()).contains("has tiles from tileMatrix 13 on");
  }

  @Test
  void aTileAddressThatIsNotANumberIsA400() {
    HttpResponse<String> response =
        get("/collections/committees/tiles/WebMercatorQuad/15/abc/27425");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }
}
