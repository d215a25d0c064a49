package cn.onegrid.data.features;

/**
 * One property of a collection's features.
 *
 * @param name the name clients see
 * @param sql its SQL expression over the collection's source (a fixed catalogue string, never
 *     input)
 * @param type {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code array} (of
 *     text) or {@code json} (a JSON document)
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
