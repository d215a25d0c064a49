package cn.onegrid.server.features;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.features.BoundingBox;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Crs;
import cn.onegrid.data.features.FeatureQuery;
import cn.onegrid.data.features.Property;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds an items request's query parameters into a {@link FeatureQuery}, refusing what is wrong.
 */
final class ItemsRequest {

  static final Set<String> PARAMETERS =
      Set.of("limit", "offset", "bbox", "bbox-crs", "crs", "properties", DateTimeParameter.NAME);

  private ItemsRequest() {}

  static FeatureQuery bind(Collection collection, HttpServletRequest request) {
    Set<String> allowed = new HashSet<>(PARAMETERS);
    collection.queryables().forEach(p -> allowed.add(p.name()));
    QueryParameters.allowOnly(request, allowed);

    Crs crs = crs(request, "crs");
    Crs bboxCrs = crs(request, "bbox-crs");
    String bboxText = request.getParameter("bbox");
    if (bboxText == null && request.getParameter("bbox-crs") != null) {
      throw InvalidQuery.of("bbox-crs", "query.bbox-crs-alone");
    }
    Optional<BoundingBox> bbox =
        Optional.ofNullable(bboxText).map(text -> BoundingBox.parse(text, bboxCrs));
    int limit =
        QueryParameters.integer(
            request, "limit", FeatureQuery.DEFAULT_LIMIT, 1, FeatureQuery.MAX_LIMIT);
    int offset = QueryParameters.integer(request, "offset", 0, 0, Integer.MAX_VALUE);
    // Checked, then matched by every feature: no collection has a temporal geometry.
    Optional.ofNullable(request.getParameter(DateTimeParameter.NAME))
        .ifPresent(DateTimeParameter::parse);

    Map<Property, String> filters = new LinkedHashMap<>();
    for (Property queryable : collection.queryables()) {
      String value = request.getParameter(queryable.name());
      if (value != null) {
        filters.put(queryable, value);
      }
    }
    return new FeatureQuery(
        collection, bbox, crs, limit, offset, properties(collection, request), filters);
  }

  static Crs crs(HttpServletRequest request, String parameter) {
    String uri = request.getParameter(parameter);
    return uri == null ? Crs.CRS84 : Crs.fromUri(parameter, uri);
  }

  private static List<Property> properties(Collection collection, HttpServletRequest request) {
    String text = request.getParameter("properties");
    if (text == null) {
      return collection.properties();
    }
    return java.util.Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .distinct()
        .map(
            name ->
                collection
                    .property(name)
                    .orElseThrow(
                        () ->
                            InvalidQuery.of(
                                "properties",
                                "query.no-property",
                                collection.id(),
                                name,
                                collection.properties().stream().map(Property::name).toList())))
        .toList();
  }
}
