package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * A refusal is said in the language the request asks for, Chinese by default, and names what was
 * wrong: one language per answer, never an English sentence in a Chinese one.
 */
class RefusalLanguageIT extends ApiTest {

  private static final String ITEMS = "/collections/committees/items?";
  private static final String TILES = "/collections/committees/tiles/WebMercatorQuad/";

  @ParameterizedTest(name = "{0} in Chinese")
  @CsvSource(
      delimiter = '|',
      value = {
        ITEMS + "bbox=121.3,31.2,abc,31.3|400|bbox|bbox 的第 3 个值 abc 不是数",
        ITEMS + "bbox=121.3,31.3,121.4,31.2|400|bbox|bbox 的南边界在北边界之北",
        ITEMS + "crs=EPSG:9999|400|crs|crs=EPSG:9999 不受支持",
        ITEMS + "f=xml|400|f|f=xml 不是此处的格式",
        ITEMS + "limit=ten|400|limit|limit 须为整数",
        ITEMS + "colour=red|400|colour|未知的查询参数 colour",
        TILES + "15/99999/27425|404||瓦片 15/99999/27425 不在 tileMatrix 15 内",
        TILES + "25/0/0|404||tileMatrix 25 超出",
        "/tileMatrixSets/WorldCRS84Quad|404||没有切片矩阵集 WorldCRS84Quad"
      })
  void inChineseByDefault(String path, int status, String parameter, String detail) {
    for (HttpResponse<String> response :
        List.of(get(path), get(path, "Accept-Language", "zh-CN,zh;q=0.9"))) {
      assertSaid(response, status, parameter, detail);
      assertThat(JSON.readTree(response.body()).path("detail").asString())
          .as("no English sentence in a Chinese answer")
          .doesNotContainPattern("[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}");
    }
  }

  @ParameterizedTest(name = "{0} in English")
  @CsvSource(
      delimiter = '|',
      value = {
        ITEMS + "bbox=121.3,31.2,abc,31.3|400|bbox|bbox value 3, abc, is not a number",
        ITEMS + "bbox=121.3,31.3,121.4,31.2|400|bbox|bbox's south edge is north of its north edge",
        ITEMS + "crs=EPSG:9999|400|crs|crs=EPSG:9999 is not supported",
        ITEMS + "f=xml|400|f|f=xml is not a format here",
        ITEMS + "limit=ten|400|limit|limit must be a whole number",
        ITEMS + "colour=red|400|colour|Unknown query parameter colour",
        TILES + "15/99999/27425|404||Tile 15/99999/27425 is outside tileMatrix 15",
        TILES + "25/0/0|404||tileMatrix 25 is outside",
        "/tileMatrixSets/WorldCRS84Quad|404||No tile matrix set WorldCRS84Quad"
      })
  void inEnglishWhenAsked(String path, int status, String parameter, String detail) {
    assertSaid(get(path, "Accept-Language", "en-GB,en;q=0.9"), status, parameter, detail);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "zh-CN|边界自相交",
        "en|the outline crossed itself",
      })
  void whatCleaningChangedIsSaidInTheRequestsLanguage(String language, String repair) {
    ApiClient planner = as(TestAccount.PLANNER);
    String bowTie =
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[121.302,31.252],"
            + "[121.306,31.256],[121.306,31.252],[121.302,31.256],[121.302,31.252]]]}}";
    HttpResponse<String> response =
        planner.send(
            "POST",
            "/collections/duty-post-areas/items/310114118009P01/edit/preview",
            bowTie,
            "Content-Type",
            "application/geo+json",
            "X-CSRF-TOKEN",
            planner.csrfToken(),
            "Accept-Language",
            language);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).at("/cleanings/0/detail").asString())
        .contains(repair);
  }

  private static void assertSaid(
      HttpResponse<String> response, int status, String parameter, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("detail").asString()).contains(detail);
    if (parameter != null) {
      assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
    }
  }
}
