package cn.onegrid.data.people;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.SqlResource;
import cn.onegrid.data.editing.InvalidEdit;
import cn.onegrid.data.editing.StaleVersion;
import cn.onegrid.data.map.PhoneAccess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each committee's register of people: listed with their posts and slots (phones whole or masked as
 * {@link PhoneAccess} says), added, and changed at the version the planner saw, their party group
 * with them; nobody is deleted, people who leave are marked.
 */
public class PersonRegister {

  private static final String SELECT = SqlResource.load("people/people.sql");

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  public PersonRegister(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** A party group a person of the committee may join. */
  public record PartyGroup(long id, String name) {}

  /** The committee's party groups, by name. */
  public List<PartyGroup> partyGroups(String committee) {
    return jdbc.sql(
            "SELECT g.id, g.name FROM party_group g JOIN committee c ON c.id = g.committee_id"
                + " WHERE c.code = :c ORDER BY g.name, g.id")
        .param("c", committee)
        .query((row, n) -> new PartyGroup(row.getLong("id"), row.getString("name")))
        .list();
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
    Long group = group(committee, d.partyGroup());
    return transactions.execute(
        status -> {
          long id =
              jdbc.sql(
                      """
                      INSERT INTO person (committee_id, name, phone, role, registered, home_unit,
                                          service_project, left_on)
                      SELECT id, :name, :phone, :kind, :registered, :unit, :project,
                             CASE WHEN :left THEN current_date END
                        FROM committee WHERE code = :committee
                      RETURNING id
                      """)
                  .param("committee", committee)
                  .params(values(d))
                  .query(Long.class)
                  .single();
          join(id, group);
          return id;
        });
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
    Long group = group(was.committee(), d.partyGroup());
    return transactions.execute(
        status -> {
          int version =
              jdbc.sql(
                      """
                      UPDATE person SET name = :name, phone = :phone, role = :kind,
                             registered = :registered, home_unit = :unit,
                             service_project = :project,
                             left_on = CASE WHEN :left THEN coalesce(left_on, current_date) END
                       WHERE id = :id AND version = :expected
                      RETURNING version
                      """)
                  .param("id", id)
                  .param("expected", expected)
                  .params(values(d))
                  .query(Integer.class)
                  .optional()
                  .orElseThrow(() -> new StaleVersion("person " + id, expected, was.version()));
          join(id, group);
          return version;
        });
  }

  /** The id of the committee's party group named by its id as text, null for none, or 422. */
  private Long group(String committee, String sent) {
    if (sent == null) {
      return null;
    }
    Long id = null;
    try {
      id = Long.valueOf(sent.strip());
    } catch (NumberFormatException e) {
      // refused below
    }
    boolean ours =
        id != null
            && jdbc.sql(
                    "SELECT EXISTS (SELECT 1 FROM party_group g JOIN committee c"
                        + " ON c.id = g.committee_id WHERE g.id = :g AND c.code = :c)")
                .param("g", id)
                .param("c", committee)
                .query(Boolean.class)
                .single();
    if (!ours) {
      throw new InvalidEdit(
          InvalidEdit.Kind.BAD_PERSON,
          "No party group " + sent + " in committee " + committee,
          "people.party-group",
          sent,
          committee);
    }
    return id;
  }

  /** Makes the person a member of the group alone, or of none. */
  private void join(long person, Long group) {
    jdbc.sql("DELETE FROM party_group_member WHERE person_id = :p").param("p", person).update();
    if (group != null) {
      jdbc.sql("INSERT INTO party_group_member (group_id, person_id) VALUES (:g, :p)")
          .param("g", group)
          .param("p", person)
          .update();
    }
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
    values.put("left", d.left());
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
        row.getInt("slots"),
        row.getBoolean("left_register"),
        (Long) row.getObject("party_group", Long.class),
        row.getString("party_group_name"));
  }
}
