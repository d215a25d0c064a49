package cn.onegrid.data.organisation;

import cn.onegrid.data.editing.InvalidEdit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who is in a party group: persons of the group's committee, each in one group at most, and its
 * leader (组长) among them. Runs in the caller's transaction, so a refused member or leader leaves
 * nothing stored.
 */
final class PartyGroupMembers {

  private final JdbcClient jdbc;

  PartyGroupMembers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Makes the persons {@code sent} (a list of ids) the group's members, or 422 naming the first
   * person who cannot be one and why.
   */
  void set(long group, long committee, Object sent, String where) {
    Set<Long> ids = ids(sent, where);
    if (!ids.isEmpty()) {
      Map<Long, Map<String, Object>> found =
          jdbc
              .sql(
                  "SELECT p.id, p.name, p.committee_id, c.code AS committee_code, m.group_id,"
                      + " g.name AS group_name FROM person p"
                      + " LEFT JOIN committee c ON c.id = p.committee_id"
                      + " LEFT JOIN party_group_member m ON m.person_id = p.id"
                      + " LEFT JOIN party_group g ON g.id = m.group_id"
                      + " WHERE p.id = ANY(CAST(:ids AS bigint[]))")
              .param("ids", ids.toArray(Long[]::new))
              .query()
              .listOfRows()
              .stream()
              .collect(Collectors.toMap(r -> ((Number) r.get("id")).longValue(), r -> r));
      for (long id : ids) {
        check(id, found.get(id), group, committee, where);
      }
    }
    jdbc.sql("DELETE FROM party_group_member WHERE group_id = :group")
        .param("group", group)
        .update();
    jdbc.sql(
            "INSERT INTO party_group_member (group_id, person_id)"
                + " SELECT :group, unnest(CAST(:ids AS bigint[]))")
        .param("group", group)
        .param("ids", ids.toArray(Long[]::new))
        .update();
  }

  /**
   * The leader {@code sent} names as a person id to store (null: none), or 422 when it is not an id
   * or names nobody. Whether the leader is a member is {@link #checkLeader}'s, once members are
   * set.
   */
  Long leader(Object sent, String where) {
    if (sent == null) {
      return null;
    }
    if (!(sent instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw bad("organisation.leader", where, sent);
    }
    long id = n.longValue();
    if (jdbc.sql("SELECT count(*) FROM person WHERE id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        == 0) {
      throw bad("organisation.member-unknown", where, id);
    }
    return id;
  }

  /** 422 when the group's leader is not one of its members, naming the leader. */
  void checkLeader(long group, String where) {
    jdbc
        .sql(
            "SELECT p.id, p.name FROM party_group g JOIN person p ON p.id = g.leader_id"
                + " WHERE g.id = :group AND NOT EXISTS (SELECT 1 FROM party_group_member m"
                + " WHERE m.group_id = g.id AND m.person_id = g.leader_id)")
        .param("group", group)
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .ifPresent(
            leader -> {
              throw bad(
                  "organisation.leader-not-member", where, leader.get("name"), leader.get("id"));
            });
  }

  private static void check(
      long id, Map<String, Object> person, long group, long committee, String where) {
    if (person == null) {
      throw bad("organisation.member-unknown", where, id);
    }
    Object home = person.get("committee_id");
    if (home == null || ((Number) home).longValue() != committee) {
      throw bad(
          "organisation.member-elsewhere",
          where,
          person.get("name"),
          id,
          Objects.requireNonNullElse(person.get("committee_code"), "-"));
    }
    Object other = person.get("group_id");
    if (other != null && ((Number) other).longValue() != group) {
      throw bad(
          "organisation.member-in-other-group",
          where,
          person.get("name"),
          id,
          person.get("group_name"));
    }
  }

  private static Set<Long> ids(Object sent, String where) {
    if (!(sent instanceof List<?> list)) {
      throw bad("organisation.members", where);
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (Object item : list) {
      if (!(item instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
        throw bad("organisation.members", where);
      }
      ids.add(n.longValue());
    }
    return ids;
  }

  private static InvalidEdit bad(String key, Object... args) {
    return new InvalidEdit(
        InvalidEdit.Kind.BAD_MEMBER, key + " " + Arrays.toString(args), key, args);
  }
}
