package cn.onegrid.server.features;

import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code paths} of an OpenAPI 3.0 definition, built one operation at a time, with the few
 * shapes of parameter, body and response the definition repeats.
 */
final class OpenApiPaths {

  private final Map<String, Map<String, Object>> paths = new LinkedHashMap<>();

  /** Adds {@code method} (get, post, …) on {@code path}. */
  OpenApiPaths add(String method, String path, Map<String, Object> operation) {
    paths.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, operation);
    return this;
  }

  Map<String, Map<String, Object>> asMap() {
    return paths;
  }

  /**
   * Keeps what a visitor may call: reads of the plain map, and of collections only those on it (a
   * template path counts when it is on the plain map for one of them).
   */
  void keepPlainMap() {
    List<String> collections = PlainMap.collections();
    paths.values().forEach(operations -> operations.keySet().retainAll(List.of("get", "head")));
    paths
        .entrySet()
        .removeIf(path -> path.getValue().isEmpty() || !onPlainMap(path.getKey(), collections));
    paths.values().stream()
        .flatMap(operations -> operations.values().stream())
        .forEach(operation -> restrictCollectionIds(operation, collections));
  }

  private static boolean onPlainMap(String template, List<String> collections) {
    for (String id : collections) {
      String concrete = template.replace("{collectionId}", id).replaceAll("\\{[^}]+}", "x");
      if (PlainMap.includes(concrete)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static void restrictCollectionIds(Object operation, List<String> collections) {
    Object parameters = ((Map<String, Object>) operation).get("parameters");
    if (parameters instanceof List<?> list) {
      list.stream()
          .map(p -> (Map<String, Object>) p)
          .filter(p -> "collectionId".equals(p.get("name")))
          .forEach(p -> p.put("schema", Map.of("type", "string", "enum", collections)));
    }
  }

  /** A read: 200, or a problem document for a bad parameter (400) or a missing resource (404). */
  static Map<String, Object> read(String summary, List<Map<String, Object>> parameters) {
    return operation(summary, parameters, null, "200", "OK");
  }

  /**
   * A change: a problem document when the caller may not (401, 403), the body is wrong (400), the
   * resource is missing (404) or the version it names is not the current one (412, 428).
   */
  static Map<String, Object> write(
      String summary, List<Map<String, Object>> parameters, String body, String success) {
    Map<String, Object> operation = operation(summary, parameters, body, success, "Done");
    @SuppressWarnings("unchecked")
    Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
    responses.put("401", response("Not signed in (application/problem+json)"));
    responses.put("403", response("Not allowed (application/problem+json)"));
    responses.put(
        "409", response("In conflict with the resource's state (application/problem+json)"));
    responses.put("412", response("If-Match names an old version (application/problem+json)"));
    responses.put("428", response("If-Match is missing (application/problem+json)"));
    return operation;
  }

  private static Map<String, Object> operation(
      String summary,
      List<Map<String, Object>> parameters,
      String body,
      String success,
      String successText) {
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("summary", summary);
    operation.put("parameters", parameters);
    if (body != null) {
      operation.put(
          "requestBody",
          Map.of(
              "required",
              true,
              "description",
              body,
              "content",
              Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put(success, response(successText));
    responses.put("400", response("Bad request (application/problem+json)"));
    responses.put("404", response("No such resource (application/problem+json)"));
    operation.put("responses", responses);
    return operation;
  }

  private static Map<String, Object> response(String description) {
    return Map.of("description", description);
  }

  /** The {@code collectionId} path parameter, naming the catalogue's collections. */
  static Map<String, Object> collectionId() {
    Map<String, Object> p = path("collectionId", "string", "Collection id");
    p.put(
        "schema",
        Map.of("type", "string", "enum", Catalog.all().stream().map(Collection::id).toList()));
    return p;
  }

  /** The {@code f} parameter: json or html. */
  static Map<String, Object> f() {
    Map<String, Object> p = query("f", "string", "Representation: json or html");
    p.put("schema", Map.of("type", "string", "enum", List.of("json", "html")));
    return p;
  }

  static Map<String, Object> path(String name, String type, String description) {
    return parameter(name, "path", true, Map.of("type", type), description);
  }

  static Map<String, Object> query(String name, String type, String description) {
    return parameter(name, "query", false, Map.of("type", type), description);
  }

  static Map<String, Object> requiredQuery(String name, String type, String description) {
    return parameter(name, "query", true, Map.of("type", type), description);
  }

  /** {@code If-Match}: the version a change is made against, as an entity tag. */
  static Map<String, Object> ifMatch() {
    return parameter(
        "If-Match",
        "header",
        true,
        Map.of("type", "string"),
        "The feature's version tag (ETag), e.g. \"v3\": a change made meanwhile refuses this one");
  }

  static Map<String, Object> parameter(
      String name, String in, boolean required, Map<String, Object> schema, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("in", in);
    p.put("required", required);
    p.put("description", description);
    p.put("schema", schema);
    return p;
  }
}
