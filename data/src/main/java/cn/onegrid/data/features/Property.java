package cn.onegrid.data.features;

/**
 * One property of a collection's features. What it means is words for people, in the server's
 * bundles under {@link Collection#propertyKeys}.
 *
 * @param name the name clients see
 * @param sql its SQL expression over the collection's source (a fixed catalogue string, never
 *     input)
 * @param type {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code array} (of
 *     text) or {@code json} (a JSON document)
 * @param queryable true when {@code name=value} may filter items by equality
 */
public record Property(String name, String sql, String type, boolean queryable) {

  static Property text(String name, String sql) {
    return new Property(name, sql, "string", false);
  }

  static Property code(String name, String sql) {
    return new Property(name, sql, "string", true);
  }

  static Property of(String name, String sql, String type) {
    return new Property(name, sql, type, false);
  }

  /**
   * The value as a flat attribute, for tiles and exported files: they have no arrays or documents,
   * so those become text (an array's items joined by commas).
   */
  public String flatSql() {
    return switch (type) {
      case "array" -> "array_to_string(" + sql + ", ',')";
      case "json" -> "(" + sql + ")::text";
      default -> sql;
    };
  }
}
