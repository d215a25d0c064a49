package cn.onegrid.data.people;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.SqlResource;
import cn.onegrid.data.editing.StaleVersion;
import cn.onegrid.data.map.PhoneAccess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each committee's register of people: listed with their posts and slots (phones whole or masked as
 * {@link PhoneAccess} says), added, and changed at the version the planner saw.
 */
public class PersonRegister {

  private static final String SELECT = SqlResource.load("people/people.sql");

  private final JdbcClient jdbc;

  public PersonRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param kind only this kind, or null for every kind
   * @param registeredOnly only registered party members
   */
  public List<Person> list(
      String committee, String kind, boolean registeredOnly, PhoneAccess phones) {
    requireCommittee(committee);
    return query(
        " WHERE c.code = :committee AND (CAST(:kind AS text) IS NULL OR p.role = :kind)"
            + " AND (NOT :registered OR p.registered) ORDER BY p.name, p.id",
        phones,
        committee,
        kind,
        registeredOnly,
        0);
  }

  public Person get(long id, PhoneAccess phones) {
    return query(" WHERE p.id = :id", phones, null, null, false, id).stream()
        .findFirst()
        .orElseThrow(() -> NotFound.of("people.no-person", id));
  }

  /** Adds a person to the committee's register; their id. */
  public long create(String committee, PersonDetails details) {
    requireCommittee(committee);
    PersonDetails d = details.complete();
    PersonChecks.check(d);
    return jdbc.sql(
            """
            INSERT INTO person (committee_id, name, phone, role, registered, home_unit,
                                service_project)
            SELECT id, :name, :phone, :kind, :registered, :unit, :project
              FROM committee WHERE code = :committee
            RETURNING id
            """)
        .param("committee", committee)
        .params(values(d))
        .query(Long.class)
        .single();
  }

  /**
   * Changes what the details name, if the person is still at version expected.
   *
   * @return the new version
   * @throws StaleVersion when they are not
   */
  public int update(long id, int expected, PersonDetails details) {
    Person was = get(id, PhoneAccess.TOWN);
    PersonDetails d = details.over(was);
    PersonChecks.check(d);
    return jdbc.sql(
            """
            UPDATE person SET name = :name, phone = :phone, role = :kind, registered = :registered,
                   home_unit = :unit, service_project = :project
             WHERE id = :id AND version = :expected
            RETURNING version
            """)
        .param("id", id)
        .param("expected", expected)
        .params(values(d))
        .query(Integer.class)
        .optional()
        .orElseThrow(() -> new StaleVersion("person " + id, expected, was.version()));
  }

  /** The committee code of the person, or NotFound. */
  public String committeeOf(long id) {
    return jdbc.sql(
            "SELECT c.code FROM person p JOIN committee c ON c.id = p.committee_id WHERE p.id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .orElseThrow(() -> NotFound.of("people.no-person", id));
  }

  private void requireCommittee(String committee) {
    boolean known =
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM committee WHERE code = :c)")
            .param("c", committee)
            .query(Boolean.class)
            .single();
    if (!known) {
      throw NotFound.of("people.no-committee", committee);
    }
  }

  private static java.util.Map<String, Object> values(PersonDetails d) {
    java.util.Map<String, Object> values = new java.util.HashMap<>();
    values.put("name", d.name().strip());
    values.put("phone", d.phone());
    values.put("kind", d.kind());
    values.put("registered", d.registered());
    values.put("unit", d.homeUnit());
    values.put("project", d.serviceProject());
    return values;
  }

  private List<Person> query(
      String where,
      PhoneAccess phones,
      String committee,
      String kind,
      boolean registered,
      long id) {
    return jdbc.sql(SELECT + where)
        .param("town", phones.wholeTown())
        .param("committees", phones.committees().toArray(String[]::new))
        .param("committee", committee)
        .param("kind", kind)
        .param("registered", registered)
        .param("id", id)
        .query((row, n) -> person(row))
        .list();
  }

  private static Person person(ResultSet row) throws SQLException {
    return new Person(
        row.getLong("id"),
        row.getString("committee"),
        row.getString("name"),
        row.getString("phone"),
        row.getString("role"),
        row.getBoolean("registered"),
        row.getString("home_unit"),
        row.getString("service_project"),
        row.getBoolean("illustrative"),
        row.getInt("version"),
        Arrays.asList((String[]) row.getArray("posts").getArray()),
        row.getInt("slots"));
  }
}
