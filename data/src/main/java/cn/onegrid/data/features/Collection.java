package cn.onegrid.data.features;

import java.util.List;
import java.util.Optional;

/**
 * A feature collection: what it is and where its rows come from. Its title, description and what
 * its properties mean are words for people, in the server's bundles under {@link #messageKey} and
 * {@link #propertyKeys}.
 *
 * @param id the path segment, e.g. {@code committees}
 * @param geometryType GeoJSON geometry type of every feature
 * @param from the SQL source: a table and its joins (fixed catalogue text)
 * @param where the SQL condition that picks this collection's rows from {@code from}
 * @param geometry the SQL geometry column, EPSG:4326
 * @param featureId the SQL of the feature id (a code: stable across edits and reloads)
 * @param properties the properties, in output order
 * @param access who may read it
 * @param map how the town map shows it
 * @param editing how planners edit its shapes, if they do
 */
public record Collection(
    String id,
    String geometryType,
    String from,
    String where,
    String geometry,
    String featureId,
    List<Property> properties,
    Access access,
    MapHints map,
    Optional<Editing> editing) {

  /** The lowest WebMercatorQuad zoom its tiles are served at. */
  public int minZoom() {
    return map.minZoom();
  }

  /** The highest WebMercatorQuad zoom its tiles are served at. */
  public int maxZoom() {
    return map.maxZoom();
  }

  /** The key of its style in the page's palette ({@code LAYER_STYLES} in {@code palette.js}). */
  public String styleKey() {
    return id;
  }

  /**
   * The key of its {@code title} or {@code description} in the server's message bundles: {@code
   * collection.<id>.title}.
   */
  public String messageKey(String member) {
    return "collection." + id + "." + member;
  }

  /**
   * The keys that may hold what {@code property} means, the first the bundles have: {@code
   * collection.<id>.property.<name>} when it means something of its own here, else {@code
   * property.<name>}, shared by every collection where it means the same.
   */
  public List<String> propertyKeys(Property property) {
    return List.of(messageKey("property." + property.name()), "property." + property.name());
  }

  /** The key of its name in the page's message files ({@code i18n/*.js}). */
  public String titleKey() {
    return "layer." + id;
  }

  public Optional<Property> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public List<Property> queryables() {
    return properties.stream().filter(Property::queryable).toList();
  }
}
