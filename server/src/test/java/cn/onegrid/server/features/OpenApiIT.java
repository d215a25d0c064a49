package cn.onegrid.server.features;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.MappedEndpoints;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api} describes every endpoint the server maps, and the items parameters as Part 1 says.
 */
class OpenApiIT extends ApiTest {

  /** Spring Boot's error page: a problem for whatever failed, not an endpoint to call. */
  private static final Set<String> NOT_AN_ENDPOINT = Set.of("GET /error");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  @Test
  void everyMappedEndpointIsDescribed() {
    JsonNode paths = json("/api").get("paths");
    Set<String> described = new TreeSet<>();
    paths
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .propertyNames()
                    .forEach(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    Set<String> mapped = MappedEndpoints.of(mappings);
    mapped.removeAll(NOT_AN_ENDPOINT);
    assertThat(described).as("every mapped endpoint is in /api").containsAll(mapped);
    assertThat(mapped).as("/api describes only endpoints that exist").containsAll(described);
  }

  @Test
  void limitIsDefinedAsPartOneRequires() {
    JsonNode limit = itemsParameter("limit");
    assertThat(limit.get("in").asString()).isEqualTo("query");
    assertThat(limit.get("required").asBoolean()).isFalse();
    assertThat(limit.get("style").asString()).isEqualTo("form");
    assertThat(limit.get("explode").asBoolean()).isFalse();
    JsonNode schema = limit.get("schema");
    assertThat(schema.get("type").asString()).isEqualTo("integer");
    assertThat(schema.get("minimum").asInt()).isEqualTo(1);
    assertThat(schema.get("maximum").asInt()).isEqualTo(10_000);
    assertThat(schema.get("default").asInt()).isEqualTo(100);
  }

  @Test
  void bboxIsAnArrayOfFourOrSixNumbers() {
    JsonNode bbox = itemsParameter("bbox");
    assertThat(bbox.get("style").asString()).isEqualTo("form");
    assertThat(bbox.get("explode").asBoolean()).isFalse();
    JsonNode schema = bbox.get("schema");
    assertThat(schema.get("type").asString()).isEqualTo("array");
    assertThat(schema.at("/items/type").asString()).isEqualTo("number");
    assertThat(schema.at("/oneOf/0/minItems").asInt()).isEqualTo(4);
    assertThat(schema.at("/oneOf/0/maxItems").asInt()).isEqualTo(4);
    assertThat(schema.at("/oneOf/1/minItems").asInt()).isEqualTo(6);
    assertThat(schema.at("/oneOf/1/maxItems").asInt()).isEqualTo(6);
  }

  @Test
  void datetimeIsAFormString() {
    JsonNode datetime = itemsParameter("datetime");
    assertThat(datetime.get("required").asBoolean()).isFalse();
    assertThat(datetime.get("style").asString()).isEqualTo("form");
    assertThat(datetime.get("explode").asBoolean()).isFalse();
    assertThat(datetime.at("/schema/type").asString()).isEqualTo("string");
  }

  private JsonNode itemsParameter(String name) {
    for (JsonNode p :
        json("/api").at("/paths/~1collections~1{collectionId}~1items/get/parameters")) {
      if (p.get("name").asString().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("/api has no items parameter " + name);
  }
}
