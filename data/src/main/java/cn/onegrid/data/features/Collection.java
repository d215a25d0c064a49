package cn.onegrid.data.features;

import java.util.List;
import java.util.Optional;

/**
 * A feature collection: what it is and where its rows come from.
 *
 * @param id the path segment, e.g. {@code committees}
 * @param title Chinese and English title
 * @param description what the features are
 * @param geometryType GeoJSON geometry type of every feature
 * @param from the SQL source: a table and its joins (fixed catalogue text)
 * @param where the SQL condition that picks this collection's rows from {@code from}
 * @param geometry the SQL geometry column, EPSG:4326
 * @param featureId the SQL of the feature id (a code: stable across edits and reloads)
 * @param properties the properties, in output order
 * @param minZoom the lowest WebMercatorQuad zoom its tiles are served at
 */
public record Collection(
    String id,
    String title,
    String description,
    String geometryType,
    String from,
    String where,
    String geometry,
    String featureId,
    List<Property> properties,
    int minZoom) {

  public static final int MAX_ZOOM = 22;

  public Optional<Property> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public List<Property> queryables() {
    return properties.stream().filter(Property::queryable).toList();
  }
}
