package cn.onegrid.data.sample;

import static cn.onegrid.data.sample.SampleDatasetWriter.sql;
import static cn.onegrid.data.sample.UnnestInsert.Column.BIGINT;
import static cn.onegrid.data.sample.UnnestInsert.Column.BYTEA;
import static cn.onegrid.data.sample.UnnestInsert.Column.INTEGER;
import static cn.onegrid.data.sample.UnnestInsert.Column.SMALLINT;
import static cn.onegrid.data.sample.UnnestInsert.Column.TEXT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * The inserts of one dataset load, table by table in dependency order, on one connection (the
 * caller owns the transaction). Ids are allocated from the tables' identity sequences first, so
 * rows refer to each other by id without reading anything back; natural keys (codes, person keys)
 * map to those ids. Geometry goes as EWKB with its SRID.
 */
final class DatasetInserts {

  private final UnnestInsert db;
  private final WKBWriter wkbWriter = new WKBWriter(2, true);
  private final Map<String, Long> committeeIds = new HashMap<>();
  private final Map<String, Long> personIds = new HashMap<>();
  private final Map<String, Long> gridIds = new HashMap<>();

  DatasetInserts(UnnestInsert db) {
    this.db = db;
  }

  SampleCounts all(SampleDataset d) throws SQLException {
    long town = town(d.town());
    int committees = committees(d.committees(), town);
    int persons = persons(d.persons());
    RegisteredMembers.mark(db, d.persons(), personIds);
    int comprehensive = grids(d.grids(), SampleGrid.Level.COMPREHENSIVE);
    int micro = grids(d.grids(), SampleGrid.Level.MICRO);
    DutyInserts.Counts duty =
        new DutyInserts(db, committeeIds, personIds, this::wkb).all(d.dutyPosts());
    return new SampleCounts(
        1,
        committees,
        persons,
        comprehensive,
        micro,
        duty.posts(),
        duty.postMembers(),
        duty.slots(),
        duty.slotMembers(),
        liaisons(d.liaisons()),
        partners(d.partnerUnits()),
        teams(d.volunteerTeams()));
  }

  private long town(SampleTown town) throws SQLException {
    try (PreparedStatement statement = db.prepare("insert-town")) {
      statement.setString(1, town.code());
      statement.setString(2, town.name());
      statement.setString(3, town.nameEn());
      statement.setBytes(4, wkb(town.boundary()));
      statement.setBoolean(5, town.approximate());
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private int committees(List<SampleCommittee> committees, long town) throws SQLException {
    assignIds("committee", committees.stream().map(SampleCommittee::code).toList(), committeeIds);
    return db.insert(
        "insert-committees",
        List.of(BIGINT, INTEGER, TEXT, TEXT, TEXT, BYTEA),
        committees,
        c ->
            new Object[] {
              committeeIds.get(c.code()),
              (int) town,
              c.code(),
              sql(c.kind()),
              c.name(),
              wkb(c.boundary())
            });
  }

  private int persons(List<SamplePerson> persons) throws SQLException {
    assignIds("person", persons.stream().map(SamplePerson::key).toList(), personIds);
    return db.insert(
        "insert-persons",
        List.of(BIGINT, BIGINT, TEXT, TEXT, TEXT),
        persons,
        p ->
            new Object[] {
              personIds.get(p.key()),
              committeeIds.get(p.committeeCode()),
              p.name(),
              p.phone(),
              sql(p.role())
            });
  }

  private int grids(List<SampleGrid> all, SampleGrid.Level level) throws SQLException {
    List<SampleGrid> grids = all.stream().filter(g -> g.level() == level).toList();
    assignIds("grid", grids.stream().map(SampleGrid::code).toList(), gridIds);
    return db.insert(
        "insert-grids",
        List.of(BIGINT, BIGINT, BIGINT, TEXT, INTEGER, TEXT, TEXT, BIGINT, BYTEA),
        grids,
        g ->
            new Object[] {
              gridIds.get(g.code()),
              committeeIds.get(g.committeeCode()),
              g.parentCode().map(gridIds::get).orElse(null),
              sql(g.level()),
              g.seq(),
              g.code(),
              g.name(),
              personIds.get(g.leaderKey()),
              wkb(g.boundary())
            });
  }

  private int liaisons(List<SampleLiaison> liaisons) throws SQLException {
    return db.insert(
        "insert-liaisons",
        List.of(BIGINT, TEXT, TEXT, SMALLINT),
        liaisons,
        l ->
            new Object[] {
              committeeIds.get(l.committeeCode()),
              sql(l.kind()),
              l.name(),
              (short) l.serviceDay().getValue()
            });
  }

  private int partners(List<SamplePartnerUnit> units) throws SQLException {
    return db.insert(
        "insert-partner-units",
        List.of(BIGINT, TEXT, TEXT, INTEGER),
        units,
        u ->
            new Object[] {
              committeeIds.get(u.committeeCode()),
              u.name(),
              sql(u.kind()),
              u.annualSupportYuan().isPresent() ? u.annualSupportYuan().getAsInt() : null
            });
  }

  private int teams(List<SampleVolunteerTeam> teams) throws SQLException {
    return db.insert(
        "insert-volunteer-teams",
        List.of(BIGINT, TEXT, TEXT, INTEGER),
        teams,
        t ->
            new Object[] {
              committeeIds.get(t.committeeCode()), t.name(), t.interest(), t.memberCount()
            });
  }

  private void assignIds(String table, List<String> keys, Map<String, Long> ids)
      throws SQLException {
    long[] allocated = db.allocateIds(table, keys.size());
    for (int i = 0; i < keys.size(); i++) {
      ids.put(keys.get(i), allocated[i]);
    }
  }

  private byte[] wkb(Geometry geometry) {
    return wkbWriter.write(geometry);
  }
}
