package cn.onegrid.data.editing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The town's list of duty types a post can have; administrators extend it. */
public class DutyTypes {

  private final JdbcClient jdbc;

  public DutyTypes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Id to name (Chinese, then English), in id order. */
  public Map<String, String> all() {
    Map<String, String> types = new TreeMap<>();
    jdbc.sql("SELECT id, name FROM duty_type")
        .query((row, n) -> Map.entry(row.getString("id"), row.getString("name")))
        .list()
        .forEach(e -> types.put(e.getKey(), e.getValue()));
    return types;
  }

  /**
   * Adds a duty type, or renames the one with that id.
   *
   * @throws InvalidEdit when the id or name cannot be one
   */
  public void put(String id, String name) {
    if (id == null || !id.matches("[a-z][a-z0-9_]{1,39}")) {
      throw new InvalidEdit(
          InvalidEdit.Kind.UNKNOWN_DUTY,
          "A duty type id is 2 to 40 lower-case letters, digits or _, not " + id,
          "editing.duty-type-id",
          String.valueOf(id));
    }
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 100) {
      throw new InvalidEdit(
          InvalidEdit.Kind.BAD_NAME,
          "A duty type's name is 1 to 100 characters",
          "editing.duty-type-name");
    }
    jdbc.sql(
            "INSERT INTO duty_type (id, name) VALUES (:id, :name)"
                + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name")
        .param("id", id)
        .param("name", trimmed)
        .update();
  }

  /** Those of ids that are not on the list. */
  List<String> unknown(List<String> ids) {
    return jdbc.sql(
            "SELECT id FROM unnest(:ids::text[]) AS t(id)"
                + " WHERE id NOT IN (SELECT id FROM duty_type) ORDER BY id")
        .param("ids", ids.toArray(String[]::new))
        .query(String.class)
        .list();
  }
}
