package cn.onegrid.server.features;

import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Crs;
import cn.onegrid.data.features.FeatureQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3.0 definition served at {@code /api}, written from the catalogue. */
final class OpenApiDocument {

  private OpenApiDocument() {}

  static Map<String, Object> of(String baseUrl) {
    Map<String, Object> paths = new LinkedHashMap<>();
    paths.put("/", get("Landing page", List.of(f())));
    paths.put("/conformance", get("Conformance classes", List.of(f())));
    paths.put("/api", get("This definition", List.of(f())));
    paths.put("/collections", get("The feature collections", List.of(f())));
    paths.put("/collections/{collectionId}", get("One collection", List.of(collectionId(), f())));
    paths.put(
        "/collections/{collectionId}/items",
        get(
            "Features of a collection (equality filters on codes: see each collection's queryable properties)",
            List.of(
                collectionId(),
                f(),
                query(
                    "limit",
                    "integer",
                    "At most this many features (default "
                        + FeatureQuery.DEFAULT_LIMIT
                        + ", maximum "
                        + FeatureQuery.MAX_LIMIT
                        + ")"),
                query(
                    "offset",
                    "integer",
                    "Skip this many features (paging; follow the next and prev links)"),
                query("bbox", "string", "minx,miny,maxx,maxy in bbox-crs axis order"),
                crsParameter("bbox-crs"),
                crsParameter("crs"),
                query("properties", "string", "Comma-separated property names to include"))));
    paths.put(
        "/collections/{collectionId}/items/{featureId}",
        get(
            "One feature",
            List.of(
                collectionId(),
                param("featureId", "path", "string", "Feature code"),
                f(),
                crsParameter("crs"))));
    paths.put(
        "/collections/{collectionId}/tiles",
        get("Vector tilesets of a collection", List.of(collectionId())));
    paths.put(
        "/collections/{collectionId}/tiles/WebMercatorQuad",
        get("TileJSON 3.0 of the collection's tiles", List.of(collectionId())));
    paths.put(
        "/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}",
        get(
            "A Mapbox vector tile (204 when empty)",
            List.of(
                collectionId(),
                param("tileMatrix", "path", "integer", "Zoom level"),
                param("tileRow", "path", "integer", "Row (y), from the top"),
                param("tileCol", "path", "integer", "Column (x), from the left"))));
    return Map.of(
        "openapi",
        "3.0.3",
        "info",
        Map.of(
            "title",
            "一张网 OneGrid API",
            "version",
            "1.0",
            "description",
            "OGC API - Features and Tiles of the Jiangqiao grid map"),
        "servers",
        List.of(Map.of("url", baseUrl)),
        "paths",
        paths);
  }

  private static Map<String, Object> get(String summary, List<Map<String, Object>> parameters) {
    return Map.of(
        "get",
        Map.of(
            "summary", summary,
            "parameters", parameters,
            "responses",
                Map.of(
                    "200", Map.of("description", "OK"),
                    "400", Map.of("description", "Bad query parameter (application/problem+json)"),
                    "404", Map.of("description", "No such resource (application/problem+json)"))));
  }

  private static Map<String, Object> collectionId() {
    Map<String, Object> p = param("collectionId", "path", "string", "Collection id");
    p.put(
        "schema",
        Map.of("type", "string", "enum", Catalog.all().stream().map(Collection::id).toList()));
    return p;
  }

  private static Map<String, Object> f() {
    Map<String, Object> p = query("f", "string", "Representation: json or html");
    p.put("schema", Map.of("type", "string", "enum", List.of("json", "html")));
    return p;
  }

  private static Map<String, Object> crsParameter(String name) {
    Map<String, Object> p = query(name, "string", "CRS URI (default CRS84)");
    p.put("schema", Map.of("type", "string", "format", "uri", "enum", Crs.uris()));
    return p;
  }

  private static Map<String, Object> query(String name, String type, String description) {
    Map<String, Object> p = param(name, "query", type, description);
    p.put("required", false);
    return p;
  }

  private static Map<String, Object> param(
      String name, String in, String type, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("in", in);
    p.put("required", in.equals("path"));
    p.put("description", description);
    p.put("schema", Map.of("type", type));
    return p;
  }
}
