package cn.onegrid.data.sample;

import static cn.onegrid.data.sample.UnnestInsert.Column.BIGINT;
import static cn.onegrid.data.sample.UnnestInsert.Column.BYTEA;
import static cn.onegrid.data.sample.UnnestInsert.Column.SMALLINT;
import static cn.onegrid.data.sample.UnnestInsert.Column.TEXT;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * The duty inserts of a load: duty_post, duty_post_member, duty_slot, duty_slot_member. Posts and
 * slots get their ids before their members refer to them.
 */
final class DutyInserts {

  /** Rows inserted per table. */
  record Counts(int posts, int postMembers, int slots, int slotMembers) {}

  /** A slot with its allocated id and its post's id. */
  private record Slot(long id, long postId, SampleDutySlot slot) {}

  private final UnnestInsert db;
  private final Map<String, Long> committeeIds;
  private final Map<String, Long> personIds;
  private final Function<Geometry, byte[]> wkb;
  private final Map<String, Long> postIds = new HashMap<>();

  DutyInserts(
      UnnestInsert db,
      Map<String, Long> committeeIds,
      Map<String, Long> personIds,
      Function<Geometry, byte[]> wkb) {
    this.db = db;
    this.committeeIds = committeeIds;
    this.personIds = personIds;
    this.wkb = wkb;
  }

  Counts all(List<SampleDutyPost> posts) throws SQLException {
    int postRows = posts(posts);
    List<long[]> postMembers = new ArrayList<>();
    for (SampleDutyPost post : posts) {
      post.memberKeys().forEach(m -> postMembers.add(pair(postIds.get(post.code()), m)));
    }
    List<Slot> slots = allocateSlots(posts);
    List<long[]> slotMembers = new ArrayList<>();
    for (Slot slot : slots) {
      slot.slot().memberKeys().forEach(m -> slotMembers.add(pair(slot.id(), m)));
    }
    return new Counts(
        postRows,
        pairs("insert-duty-post-members", postMembers),
        slots(slots),
        pairs("insert-duty-slot-members", slotMembers));
  }

  private int posts(List<SampleDutyPost> posts) throws SQLException {
    long[] ids = db.allocateIds("duty_post", posts.size());
    for (int i = 0; i < posts.size(); i++) {
      postIds.put(posts.get(i).code(), ids[i]);
    }
    return db.insert(
        "insert-duty-posts",
        List.of(BIGINT, BIGINT, TEXT, TEXT, BYTEA, BYTEA, TEXT, BIGINT),
        posts,
        p ->
            new Object[] {
              postIds.get(p.code()),
              committeeIds.get(p.committeeCode()),
              p.code(),
              p.name(),
              wkb.apply(p.location()),
              wkb.apply(p.area()),
              types(p),
              personIds.get(p.leaderKey())
            });
  }

  private List<Slot> allocateSlots(List<SampleDutyPost> posts) throws SQLException {
    int count = posts.stream().mapToInt(p -> p.slots().size()).sum();
    long[] ids = db.allocateIds("duty_slot", count);
    List<Slot> slots = new ArrayList<>(count);
    for (SampleDutyPost post : posts) {
      for (SampleDutySlot slot : post.slots()) {
        slots.add(new Slot(ids[slots.size()], postIds.get(post.code()), slot));
      }
    }
    return slots;
  }

  private int slots(List<Slot> slots) throws SQLException {
    return db.insert(
        "insert-duty-slots",
        List.of(BIGINT, BIGINT, SMALLINT, TEXT, TEXT),
        slots,
        s ->
            new Object[] {
              s.id(),
              s.postId(),
              (short) s.slot().weekday().getValue(),
              s.slot().startsAt().toString(),
              s.slot().endsAt().toString()
            });
  }

  private int pairs(String resource, List<long[]> pairs) throws SQLException {
    return db.insert(resource, List.of(BIGINT, BIGINT), pairs, p -> new Object[] {p[0], p[1]});
  }

  private long[] pair(long id, String personKey) {
    return new long[] {id, personIds.get(personKey)};
  }

  static String types(SampleDutyPost post) {
    return String.join(",", post.dutyTypes().stream().map(SampleDatasetWriter::sql).toList());
  }
}
