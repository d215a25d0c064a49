package cn.onegrid.server.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiPathsTest {

  @Test
  void aVisitorKeepsOnlyReadsOfThePlainMap() {
    OpenApiPaths paths =
        new OpenApiPaths()
            .add("get", "/collections", operation())
            .add("get", "/collections/{collectionId}/items", operation(collectionId()))
            .add("post", "/collections/{collectionId}/items", operation(collectionId()))
            .add("get", "/account", operation())
            .add("get", "/plans", operation());

    paths.keepPlainMap();

    assertThat(paths.asMap()).containsOnlyKeys("/collections", "/collections/{collectionId}/items");
    assertThat(paths.asMap().get("/collections/{collectionId}/items")).containsOnlyKeys("get");
  }

  @Test
  void aCollectionParameterNamesOnlyThePlainMapsCollections() {
    Map<String, Object> parameter = collectionId();
    OpenApiPaths paths =
        new OpenApiPaths().add("get", "/collections/{collectionId}", operation(parameter));

    paths.keepPlainMap();

    assertThat(parameter.get("schema"))
        .isEqualTo(Map.of("type", "string", "enum", PlainMap.collections()));
    assertThat(PlainMap.collections()).contains("committees").doesNotContain("duty-posts");
  }

  private static Map<String, Object> collectionId() {
    Map<String, Object> parameter = new LinkedHashMap<>();
    parameter.put("name", "collectionId");
    parameter.put("in", "path");
    return parameter;
  }

  private static Map<String, Object> operation(Map<String, Object>... parameters) {
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("parameters", new ArrayList<>(List.of(parameters)));
    return operation;
  }
}
