package cn.onegrid.server.features;

import static cn.onegrid.server.features.OpenApiPaths.collectionId;
import static cn.onegrid.server.features.OpenApiPaths.f;
import static cn.onegrid.server.features.OpenApiPaths.path;
import static cn.onegrid.server.features.OpenApiPaths.query;
import static cn.onegrid.server.features.OpenApiPaths.read;

import cn.onegrid.data.features.Access;
import cn.onegrid.data.features.Crs;
import cn.onegrid.data.features.FeatureQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 definition served at {@code /api}: the OGC API resources, written from the
 * catalogue, and every other endpoint ({@link ApplicationPaths}). A test fails when Spring maps an
 * endpoint this does not describe.
 */
final class OpenApiDocument {

  private OpenApiDocument() {}

  /** The definition as {@code reader} may use it: a visitor is shown the plain map only. */
  static Map<String, Object> of(String baseUrl, Access reader) {
    OpenApiPaths paths = new OpenApiPaths();
    features(paths);
    tiles(paths);
    ApplicationPaths.addTo(paths);
    if (reader == Access.PLAIN_MAP) {
      paths.keepPlainMap();
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.0.3");
    document.put(
        "info",
        Map.of(
            "title",
            "一张网 OneGrid API",
            "version",
            "1.0",
            "description",
            "OGC API - Features (Parts 1, 2 and 4) and Tiles of the Jiangqiao grid map, and the map's"
                + " own resources. Sign in with a session (the sign-in page) or send a personal"
                + " access token as 'Authorization: Bearer …'."));
    document.put("servers", List.of(Map.of("url", baseUrl)));
    document.put("paths", paths.asMap());
    document.put(
        "components",
        Map.of(
            "securitySchemes",
            Map.of(
                "token", Map.of("type", "http", "scheme", "bearer"),
                "session", Map.of("type", "apiKey", "in", "cookie", "name", "ONEGRID_SESSION"))));
    document.put("security", List.of(Map.of("token", List.of()), Map.of("session", List.of())));
    return document;
  }

  private static void features(OpenApiPaths paths) {
    paths
        .add("get", "/", read("Landing page", List.of(f())))
        .add("get", "/conformance", read("Conformance classes", List.of(f())))
        .add("get", "/api", read("This definition", List.of(f())))
        .add("get", "/collections", read("The feature collections", List.of(f())))
        .add(
            "get",
            "/collections/{collectionId}",
            read("One collection", List.of(collectionId(), f())))
        .add(
            "get",
            "/collections/{collectionId}/items",
            read(
                "Features of a collection (equality filters on codes: see each collection's"
                    + " queryable properties)",
                List.of(
                    collectionId(),
                    f(),
                    limit(),
                    query(
                        "offset",
                        "integer",
                        "Skip this many features (paging; follow the next and prev links)"),
                    bbox(),
                    crsParameter("bbox-crs"),
                    datetime(),
                    crsParameter("crs"),
                    query("properties", "string", "Comma-separated property names to include"))))
        .add(
            "get",
            "/collections/{collectionId}/items/{featureId}",
            read(
                "One feature",
                List.of(
                    collectionId(),
                    path("featureId", "string", "Feature code"),
                    f(),
                    crsParameter("crs"))));
  }

  private static void tiles(OpenApiPaths paths) {
    paths
        .add(
            "get",
            "/collections/{collectionId}/tiles",
            read("Vector tilesets of a collection", List.of(collectionId())))
        .add(
            "get",
            "/collections/{collectionId}/tiles/WebMercatorQuad",
            read("The collection's vector tileset in WebMercatorQuad", List.of(collectionId())))
        .add(
            "get",
            "/collections/{collectionId}/tiles/WebMercatorQuad/tilejson",
            read("The same tileset as TileJSON 3.0", List.of(collectionId())))
        .add(
            "get",
            "/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}",
            read(
                "A Mapbox vector tile (204 when empty)",
                List.of(
                    collectionId(),
                    path("tileMatrix", "integer", "Zoom level"),
                    path("tileRow", "integer", "Row (y), from the top"),
                    path("tileCol", "integer", "Column (x), from the left"))))
        .add(
            "get",
            "/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}.mvt",
            read(
                "The same tile, named with an extension (GDAL's MVT driver needs one)",
                List.of(
                    collectionId(),
                    path("tileMatrix", "integer", "Zoom level"),
                    path("tileRow", "integer", "Row (y), from the top"),
                    path("tileCol", "integer", "Column (x), from the left"))))
        .add("get", "/tileMatrixSets", read("The tile matrix sets tiles are cut in", List.of()))
        .add(
            "get",
            "/tileMatrixSets/{tileMatrixSetId}",
            read(
                "A tile matrix set's definition (OGC TMS 2.0)",
                List.of(path("tileMatrixSetId", "string", "WebMercatorQuad"))));
  }

  /** Part 1, /req/core/fc-limit-definition. */
  private static Map<String, Object> limit() {
    return formParameter(
        "limit",
        Map.of(
            "type",
            "integer",
            "minimum",
            1,
            "maximum",
            FeatureQuery.MAX_LIMIT,
            "default",
            FeatureQuery.DEFAULT_LIMIT),
        "At most this many features; more than the maximum is read as the maximum");
  }

  /** Part 1, /req/core/fc-bbox-definition. */
  private static Map<String, Object> bbox() {
    return formParameter(
        "bbox",
        Map.of(
            "type",
            "array",
            "oneOf",
            List.of(Map.of("minItems", 4, "maxItems", 4), Map.of("minItems", 6, "maxItems", 6)),
            "items",
            Map.of("type", "number")),
        "west,south,east,north in bbox-crs axis order (heights, when six, are ignored); a west"
            + " edge east of the east edge crosses the antimeridian");
  }

  /** Part 1, /req/core/fc-time-definition. */
  private static Map<String, Object> datetime() {
    return formParameter(
        "datetime",
        Map.of("type", "string"),
        "A date-time or an interval (RFC 3339, open ends as '..'). No collection has a temporal"
            + " geometry, so every feature matches a valid value (Part 1, /req/core/fc-time-response"
            + " C)");
  }

  private static Map<String, Object> formParameter(
      String name, Map<String, Object> schema, String description) {
    Map<String, Object> p = OpenApiPaths.parameter(name, "query", false, schema, description);
    p.put("style", "form");
    p.put("explode", false);
    return p;
  }

  private static Map<String, Object> crsParameter(String name) {
    return OpenApiPaths.parameter(
        name,
        "query",
        false,
        Map.of("type", "string", "format", "uri", "enum", Crs.uris()),
        "CRS URI (default CRS84)");
  }
}
