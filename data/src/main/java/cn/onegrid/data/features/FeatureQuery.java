package cn.onegrid.data.features;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an items request asks, already checked against the catalogue.
 *
 * @param collection what to read
 * @param bbox only features intersecting it, when present
 * @param crs the CRS of the output coordinates
 * @param limit at most this many features
 * @param offset skip this many first (paging)
 * @param properties the properties to include, in order
 * @param filters equality filters on queryable properties
 */
public record FeatureQuery(
    Collection collection,
    Optional<BoundingBox> bbox,
    Crs crs,
    int limit,
    int offset,
    List<Property> properties,
    Map<Property, String> filters) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 10_000;

  public FeatureQuery {
    properties = List.copyOf(properties);
    filters = Map.copyOf(filters);
  }
}
