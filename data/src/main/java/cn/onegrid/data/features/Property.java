package cn.onegrid.data.features;

/**
 * One property of a collection's features.
 *
 * @param name the name clients see
 * @param sql its SQL expression over the collection's source (a fixed catalogue string, never
 *     input)
 * @param type a JSON Schema type: {@code string}, {@code integer}, {@code boolean} or {@code array}
 * @param title what it is, in Chinese and English
 * @param queryable true when {@code name=value} may filter items by equality
 */
public record Property(String name, String sql, String type, String title, boolean queryable) {

  static Property text(String name, String sql, String title) {
    return new Property(name, sql, "string", title, false);
  }

  static Property code(String name, String sql, String title) {
    return new Property(name, sql, "string", title, true);
  }

  static Property of(String name, String sql, String type, String title) {
    return new Property(name, sql, type, title, false);
  }

  /** The value as a tile attribute: vector tiles have no arrays, so those become comma lists. */
  String tileSql() {
    return type.equals("array") ? "array_to_string(" + sql + ", ',')" : sql;
  }
}
