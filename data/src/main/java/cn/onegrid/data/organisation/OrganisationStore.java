package cn.onegrid.data.organisation;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.editing.StaleVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators' and planners' writes to the town's organisation: featured party groups, liaisons,
 * partner units and residential compounds. Each write is one transaction on the row it changes,
 * locked and held to the version the writer read ({@link StaleVersion} otherwise); every field is
 * checked first, and a refusal (422 saying which field of which item) stores nothing. Who may write
 * where is the server's to decide, from {@link Item#committee()}.
 */
public class OrganisationStore {

  /** An item as the API shows it: its key, committee, version and JSON. */
  public record Item(String key, String committee, int version, String json) {}

  private static final String COMMITTEE = "committee";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final PartyGroupMembers members;
  private final CompoundShapes shapes;

  public OrganisationStore(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.members = new PartyGroupMembers(jdbc);
    this.shapes = new CompoundShapes(jdbc);
  }

  /** The item, or NotFound. */
  public Item get(OrganisationKind kind, String key) {
    return find(kind, key).orElseThrow(() -> notFound(kind, key));
  }

  /** Creates an item in the committee {@code sent} names ({@code committee}, a code). */
  public Item create(OrganisationKind kind, Map<String, Object> sent) {
    return transactions.execute(status -> inserted(kind, sent));
  }

  /** Changes what {@code sent} names of an item still at version {@code expected}. */
  public Item update(OrganisationKind kind, String key, int expected, Map<String, Object> sent) {
    return transactions.execute(
        status -> {
          Row row = locked(kind, key, expected);
          String where = where(kind, key, row.committeeCode());
          unknownMembers(kind, sent, List.of(), where);
          Map<String, Object> values = new LinkedHashMap<>();
          for (Field f : kind.fields()) {
            if (sent.containsKey(f.name())) {
              values.put(f.column(), f.value(sent.get(f.name()), where));
            }
          }
          if (sent.containsKey(OrganisationKind.LEADER)) {
            values.put("leader_id", members.leader(sent.get(OrganisationKind.LEADER), where));
          }
          if (sent.containsKey(OrganisationKind.BOUNDARY)) {
            values.put(
                "boundary",
                shapes.checked(
                    sent.get(OrganisationKind.BOUNDARY),
                    row.committee(),
                    row.committeeCode(),
                    where));
          }
          String sets =
              values.keySet().stream()
                  .map(c -> ", " + c + " = " + value(c))
                  .collect(Collectors.joining());
          JdbcClient.StatementSpec update =
              jdbc.sql(
                      "UPDATE "
                          + kind.table()
                          + " SET updated_at = now()"
                          + sets
                          + " WHERE "
                          + kind.keyColumn()
                          + " = :key")
                  .param("key", row.key());
          for (var value : values.entrySet()) {
            update = update.param("v_" + value.getKey(), value.getValue());
          }
          update.update();
          if (sent.containsKey(OrganisationKind.MEMBERS)) {
            members.set(
                (Long) row.key(), row.committee(), sent.get(OrganisationKind.MEMBERS), where);
          }
          if (kind == OrganisationKind.PARTY_GROUPS) {
            members.checkLeader((Long) row.key(), where); // members changed may leave it out
          }
          return get(kind, key);
        });
  }

  /** Deletes an item still at version {@code expected}. */
  public void delete(OrganisationKind kind, String key, int expected) {
    transactions.executeWithoutResult(
        status -> {
          Row row = locked(kind, key, expected);
          jdbc.sql("DELETE FROM " + kind.table() + " WHERE " + kind.keyColumn() + " = :key")
              .param("key", row.key())
              .update();
        });
  }

  private Item inserted(OrganisationKind kind, Map<String, Object> sent) {
    Object code = sent.get(COMMITTEE);
    Optional<Long> committee =
        code instanceof String c
            ? jdbc.sql("SELECT id FROM committee WHERE code = :code FOR UPDATE")
                .param("code", c)
                .query(Long.class)
                .optional()
            : Optional.empty();
    if (committee.isEmpty()) {
      throw Field.bad("organisation.no-committee", kind.id(), code == null ? "-" : code);
    }
    String where = where(kind, "new", (String) code);
    unknownMembers(kind, sent, List.of(COMMITTEE), where);
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : kind.fields()) {
      values.put(f.column(), f.value(sent.get(f.name()), where));
    }
    if (sent.containsKey(OrganisationKind.LEADER)) {
      values.put("leader_id", members.leader(sent.get(OrganisationKind.LEADER), where));
    }
    if (kind == OrganisationKind.COMPOUNDS) {
      values.put(
          "boundary",
          shapes.checked(
              sent.get(OrganisationKind.BOUNDARY), committee.get(), (String) code, where));
      values.put("code", shapes.nextCode(committee.get(), (String) code, where));
    }
    String columns = String.join(", ", values.keySet());
    String params =
        values.keySet().stream().map(OrganisationStore::value).collect(Collectors.joining(", "));
    JdbcClient.StatementSpec insert =
        jdbc.sql(
                "INSERT INTO "
                    + kind.table()
                    + " (committee_id, "
                    + columns
                    + ") VALUES (:committee, "
                    + params
                    + ") RETURNING "
                    + kind.keyColumn()
                    + "::text")
            .param("committee", committee.get());
    for (var value : values.entrySet()) {
      insert = insert.param("v_" + value.getKey(), value.getValue());
    }
    String key = insert.query(String.class).single();
    if (kind == OrganisationKind.PARTY_GROUPS) {
      String at = where(kind, key, (String) code);
      if (sent.containsKey(OrganisationKind.MEMBERS)) {
        members.set(Long.parseLong(key), committee.get(), sent.get(OrganisationKind.MEMBERS), at);
      }
      members.checkLeader(Long.parseLong(key), at);
    }
    return get(kind, key);
  }

  /** The SQL that stores a column's bound value. */
  private static String value(String column) {
    return column.equals("boundary")
        ? "ST_Multi(ST_GeomFromWKB(:v_boundary, 4326))"
        : ":v_" + column;
  }

  private static void unknownMembers(
      OrganisationKind kind, Map<String, Object> sent, List<String> also, String where) {
    List<String> known = new ArrayList<>(kind.memberNames());
    known.addAll(also);
    for (String name : sent.keySet()) {
      if (!known.contains(name)) {
        throw Field.bad("organisation.unknown-field", where, name, String.join(", ", known));
      }
    }
  }

  /** The row locked for a write, if it is still at {@code expected}. */
  private Row locked(OrganisationKind kind, String key, int expected) {
    Object bound = key(kind, key).orElseThrow(() -> notFound(kind, key));
    Row row =
        jdbc.sql(
                "SELECT t.version, t.committee_id, c.code FROM "
                    + kind.table()
                    + " t JOIN committee c ON c.id = t.committee_id WHERE t."
                    + kind.keyColumn()
                    + " = :key FOR UPDATE OF t")
            .param("key", bound)
            .query((rs, n) -> new Row(bound, rs.getInt(1), rs.getLong(2), rs.getString(3)))
            .optional()
            .orElseThrow(() -> notFound(kind, key));
    if (row.version() != expected) {
      throw new StaleVersion(where(kind, key, row.committeeCode()), expected, row.version());
    }
    return row;
  }

  /** A committee's items of a kind, by name (none for an unknown committee). */
  public List<Item> list(OrganisationKind kind, String committee) {
    return jdbc.sql(select(kind) + " WHERE c.code = :committee ORDER BY t.name, t.id")
        .param("committee", committee)
        .query((rs, n) -> new Item(rs.getString(4), rs.getString(2), rs.getInt(3), rs.getString(1)))
        .list();
  }

  private Optional<Item> find(OrganisationKind kind, String key) {
    Optional<Object> bound = key(kind, key);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(select(kind) + " WHERE t." + kind.keyColumn() + " = :key")
        .param("key", bound.get())
        .query((rs, n) -> new Item(key, rs.getString(2), rs.getInt(3), rs.getString(1)))
        .optional();
  }

  /** An item's JSON, committee, version and key, from the kind's table {@code t}. */
  private static String select(OrganisationKind kind) {
    String fields =
        kind.fields().stream()
            .map(f -> ", '" + f.name() + "', t." + f.column())
            .collect(Collectors.joining());
    return "SELECT json_build_object('kind', '"
        + kind.id()
        + "', 'key', t."
        + kind.keyColumn()
        + "::text, 'committee', c.code, 'version', t.version"
        + fields
        + extra(kind)
        + ")::text, c.code, t.version, t."
        + kind.keyColumn()
        + "::text FROM "
        + kind.table()
        + " t JOIN committee c ON c.id = t.committee_id";
  }

  /** What a kind shows besides its plain fields: a group's members, a compound's boundary. */
  private static String extra(OrganisationKind kind) {
    return switch (kind) {
      case PARTY_GROUPS ->
          ", 'members', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name)"
              + " ORDER BY p.name, p.id), '[]') FROM party_group_member m"
              + " JOIN person p ON p.id = m.person_id WHERE m.group_id = t.id)"
              + ", 'leader', (SELECT json_build_object('id', p.id, 'name', p.name) FROM person p"
              + " WHERE p.id = t.leader_id)";
      case COMPOUNDS -> ", 'boundary', ST_AsGeoJSON(t.boundary, 7)::json";
      default -> "";
    };
  }

  /** The key as bound: a compound's code, or a row id (none when the text is not one). */
  private static Optional<Object> key(OrganisationKind kind, String key) {
    if (kind == OrganisationKind.COMPOUNDS) {
      return Optional.of(key);
    }
    try {
      return Optional.of(Long.parseLong(key));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String where(OrganisationKind kind, String key, String committee) {
    return kind.id() + " " + key + " (" + committee + ")";
  }

  private static NotFound notFound(OrganisationKind kind, String key) {
    return NotFound.of("organisation.not-found", kind.id(), key);
  }

  private record Row(Object key, int version, long committee, String committeeCode) {}
}
