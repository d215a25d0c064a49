package cn.onegrid.data.incidents;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The town's incident types, each with its time limit; administrators add and change them. */
public class IncidentTypes {

  /** A type: its id, name (Chinese, then English), whether a GB/T 30428.2 class, hours allowed. */
  public record IncidentType(String id, String name, boolean standard, int limitHours) {}

  private final JdbcClient jdbc;

  public IncidentTypes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every type: the standard classes first, then the town's own, each in id order. */
  public List<IncidentType> all() {
    return jdbc.sql(
            "SELECT id, name, standard, limit_hours FROM incident_type ORDER BY standard DESC, id")
        .query(
            (row, n) ->
                new IncidentType(
                    row.getString("id"),
                    row.getString("name"),
                    row.getBoolean("standard"),
                    row.getInt("limit_hours")))
        .list();
  }

  /**
   * Adds a type of the town's own, or changes the name and limit of the one with that id.
   *
   * @throws IncidentRefusal when the id, name or limit cannot be one
   */
  public IncidentType put(String id, String name, Integer limitHours) {
    if (id == null || !id.matches("[a-z][a-z0-9_]{1,39}")) {
      throw invalid("incidents.type-id", String.valueOf(id));
    }
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 100) {
      throw invalid("incidents.type-name");
    }
    if (limitHours == null || limitHours < 1 || limitHours > 8760) {
      throw invalid("incidents.type-limit", String.valueOf(limitHours));
    }
    return jdbc.sql(
            "INSERT INTO incident_type (id, name, limit_hours) VALUES (:id, :name, :hours)"
                + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,"
                + " limit_hours = EXCLUDED.limit_hours"
                + " RETURNING id, name, standard, limit_hours")
        .param("id", id)
        .param("name", trimmed)
        .param("hours", limitHours)
        .query(
            (row, n) ->
                new IncidentType(
                    row.getString("id"),
                    row.getString("name"),
                    row.getBoolean("standard"),
                    row.getInt("limit_hours")))
        .single();
  }

  private static IncidentRefusal invalid(String key, Object... args) {
    return new IncidentRefusal(
        IncidentRefusal.Kind.INVALID, "Bad incident type: " + key, key, args);
  }
}
