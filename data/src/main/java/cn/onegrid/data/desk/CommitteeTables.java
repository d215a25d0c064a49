package cn.onegrid.data.desk;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.SqlResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A committee's posts in service and their weekly slots as {@link Table}s; a committee that does
 * not exist is {@link NotFound}. Names of people, never phone numbers.
 */
public class CommitteeTables {

  public static final List<String> POST_COLUMNS =
      List.of("code", "name", "duties", "leader", "members", "slots", "area");
  public static final List<String> SLOT_COLUMNS =
      List.of("code", "name", "weekday", "starts", "ends", "people");

  private static final String POSTS = SqlResource.load("desk/posts.sql");
  private static final String SLOTS = SqlResource.load("desk/slots.sql");

  private final JdbcClient jdbc;

  public CommitteeTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The committee's name, or {@link NotFound}. */
  public String committeeName(String code) {
    return jdbc.sql("SELECT name FROM committee WHERE code = :code")
        .param("code", code)
        .query(String.class)
        .optional()
        .orElseThrow(() -> NotFound.of("desk.committee.not-found", code));
  }

  /** Whether the committee has been analysed at least once (a new one has not, for a while). */
  public boolean analysed(String code) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM analysis_committee a JOIN committee c"
                + " ON c.id = a.committee_id WHERE c.code = :code)")
        .param("code", code)
        .query(Boolean.class)
        .single();
  }

  /** Every committee as {@code code → name}, by code: what a page offers to choose from. */
  public java.util.Map<String, String> committees() {
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
    jdbc.sql("SELECT code, name FROM committee ORDER BY code")
        .query(
            rs -> {
              all.put(rs.getString("code"), rs.getString("name"));
            });
    return all;
  }

  public Table posts(String code) {
    String name = committeeName(code);
    List<List<Object>> rows =
        jdbc.sql(POSTS)
            .param("code", code)
            .query(
                (rs, n) ->
                    cells(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("duties"),
                        rs.getString("leader"),
                        rs.getInt("members"),
                        rs.getInt("slots"),
                        rs.getObject("area_m2") == null ? null : rs.getLong("area_m2")))
            .list();
    return new Table(code + "-" + name + "-posts", POST_COLUMNS, rows);
  }

  /** The slots; weekdays as numbers, ISO (1 = Monday), for the server to name. */
  public Table slots(String code) {
    String name = committeeName(code);
    List<List<Object>> rows =
        jdbc.sql(SLOTS)
            .param("code", code)
            .query(
                (rs, n) ->
                    cells(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getInt("weekday"),
                        rs.getString("starts"),
                        rs.getString("ends"),
                        rs.getString("people")))
            .list();
    return new Table(code + "-" + name + "-slots", SLOT_COLUMNS, rows);
  }

  private static List<Object> cells(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }
}
