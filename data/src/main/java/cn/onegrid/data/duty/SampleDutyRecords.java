package cn.onegrid.data.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three months of generated duty records for a sample town, reproducible from a seed and marked
 * illustrative (recorded by {@code sample}): each member of a post's roster serves at their own
 * slots; a member with evening slots walks the nightly rounds, four to nine times a month and only
 * at those (the town patrols by night), the others two to five times; about one in eight members
 * lags, with none or one duty a month, below the twice-a-month rule; about one record in thirty is
 * flagged (outside the post's area, or far from its slots at five in the morning): in past months
 * confirmed or rejected by staff, in this month still waiting. Places are points or short tracks
 * inside the post's area. Nothing of it happened.
 */
public class SampleDutyRecords {

  public static final long DEFAULT_SEED = 20261215L;

  /** Months generated: this one (up to the given day) and the two before. */
  public static final int MONTHS = 3;

  static final String RECORDED_BY = "sample";

  private static final String[] NOTES = {
    "巡逻一圈，未见异常 / Patrolled the round, nothing unusual",
    "楼道杂物已劝清 / Clutter in a stairwell cleared after a word",
    "提醒商户不占道经营 / Reminded shops not to trade on the pavement",
    "检查消防通道，畅通 / Checked the fire lanes: clear",
    "邻里纠纷已调解 / A neighbours' dispute mediated"
  };

  private final JdbcClient jdbc;

  public SampleDutyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A member's slot at a post: where and when they serve. */
  private record Slot(
      long post, long committee, long person, String dutyType, int weekday, int startMin) {

    boolean evening() {
      return startMin >= 18 * 60 || startMin < 3 * 60;
    }
  }

  /**
   * Writes the records of the {@link #MONTHS} months up to {@code until} (a day in the town's time,
   * records only before its start), for every member of a live post's roster.
   *
   * @return how many it wrote
   */
  public int generate(long seed, LocalDate until) {
    Map<Long, List<Slot>> slots = slotsByPerson();
    Random random = new Random(seed);
    Rows rows = new Rows();
    YearMonth last = YearMonth.from(until);
    for (Map.Entry<Long, List<Slot>> person : slots.entrySet()) {
      boolean lags = random.nextInt(8) == 0;
      List<Slot> evenings = person.getValue().stream().filter(Slot::evening).toList();
      List<Slot> serves = evenings.isEmpty() ? person.getValue() : evenings;
      for (int m = MONTHS - 1; m >= 0; m--) {
        YearMonth month = last.minusMonths(m);
        int duties =
            lags
                ? random.nextInt(2)
                : evenings.isEmpty() ? 2 + random.nextInt(4) : 4 + random.nextInt(6);
        for (int d = 0; d < duties; d++) {
          Slot slot = pick(serves, random);
          LocalDate day = dayOf(month, slot.weekday(), until, random);
          if (day != null) {
            rows.add(slot, day, month.equals(last), random);
          }
        }
      }
    }
    return rows.insert(jdbc);
  }

  /** Every roster member's slots at live posts (a member without one serves at the post's 20h). */
  private Map<Long, List<Slot>> slotsByPerson() {
    Map<Long, List<Slot>> byPerson = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT d.id AS post, d.committee_id, m.person_id, d.duty_types[1 + (m.person_id % cardinality(d.duty_types))::int] AS duty_type,
                   coalesce(s.weekday, 1 + (m.person_id % 7)::int) AS weekday,
                   coalesce(extract(epoch FROM s.starts_at)::int / 60, 20 * 60) AS start_min
              FROM duty_post_member m JOIN duty_post d ON d.id = m.post_id AND d.retired_at IS NULL
              LEFT JOIN (duty_slot s JOIN duty_slot_member sm ON sm.slot_id = s.id)
                     ON s.post_id = d.id AND sm.person_id = m.person_id
             ORDER BY m.person_id, d.id, s.weekday, s.starts_at
            """)
        .query(
            (row, n) ->
                new Slot(
                    row.getLong("post"),
                    row.getLong("committee_id"),
                    row.getLong("person_id"),
                    row.getString("duty_type"),
                    row.getInt("weekday"),
                    row.getInt("start_min")))
        .list()
        .forEach(s -> byPerson.computeIfAbsent(s.person(), p -> new ArrayList<>()).add(s));
    return byPerson;
  }

  /** One of the member's slots, an evening one four times as likely as a day one. */
  private static Slot pick(List<Slot> slots, Random random) {
    int total = slots.stream().mapToInt(s -> s.evening() ? 4 : 1).sum();
    int at = random.nextInt(total);
    for (Slot slot : slots) {
      at -= slot.evening() ? 4 : 1;
      if (at < 0) {
        return slot;
      }
    }
    throw new IllegalStateException("no slot picked");
  }

  /** A day of the month on the slot's weekday, before {@code until}, or null if none is left. */
  private static LocalDate dayOf(YearMonth month, int weekday, LocalDate until, Random random) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = month.atDay(1);
        !day.isAfter(month.atEndOfMonth());
        day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() == weekday && day.isBefore(until)) {
        days.add(day);
      }
    }
    return days.isEmpty() ? null : days.get(random.nextInt(days.size()));
  }

  /** The records as columns, written by one statement. */
  private static final class Rows {
    final List<Long> post = new ArrayList<>();
    final List<Long> committee = new ArrayList<>();
    final List<Long> person = new ArrayList<>();
    final List<String> dutyType = new ArrayList<>();
    final List<String> start = new ArrayList<>();
    final List<String> end = new ArrayList<>();
    final List<String> place = new ArrayList<>();
    final List<Integer> seed = new ArrayList<>();
    final List<String> flag = new ArrayList<>();
    final List<String> review = new ArrayList<>();
    final List<String> note = new ArrayList<>();
    final List<Boolean> problem = new ArrayList<>();

    void add(Slot slot, LocalDate day, boolean thisMonth, Random random) {
      int flagDice = random.nextInt(30);
      String flagged = flagDice == 0 ? "outside_area" : flagDice == 1 ? "far_from_slot" : null;
      LocalTime at =
          "far_from_slot".equals(flagged)
              ? LocalTime.of(5, random.nextInt(30))
              : LocalTime.of(0, 0).plusMinutes(slot.startMin() + random.nextInt(20));
      ZonedDateTime starts = day.atTime(at).atZone(Compliance.TOWN_TIME);
      Instant ends = starts.toInstant().plusSeconds(60L * (60 + random.nextInt(61)));
      post.add(slot.post());
      committee.add(slot.committee());
      person.add(slot.person());
      dutyType.add(slot.dutyType());
      start.add(starts.toInstant().toString());
      end.add(ends.toString());
      place.add(random.nextInt(5) < 3 ? "track" : "point");
      seed.add(1 + random.nextInt(1_000_000));
      flag.add(flagged);
      review.add(
          flagged == null
              ? "none"
              : thisMonth ? "pending" : random.nextInt(10) < 7 ? "confirmed" : "rejected");
      int noteAt = random.nextInt(NOTES.length);
      note.add(NOTES[noteAt]);
      problem.add(noteAt > 0 && random.nextInt(4) == 0);
    }

    int insert(JdbcClient jdbc) {
      if (post.isEmpty()) {
        return 0;
      }
      return jdbc.sql(
              """
              INSERT INTO duty_record (post_id, committee_id, person_id, duty_type, starts_at, ends_at,
                                       place, note, problem_reported, flags, review, review_reason,
                                       reviewed_by, reviewed_at, recorded_by, illustrative)
              SELECT r.post, r.committee, r.person, r.duty_type, r.starts_at, r.ends_at,
                     coalesce(CASE WHEN f.flag = 'outside_area' THEN o.point
                                   WHEN ST_CoveredBy(g.track, z.zone) THEN g.track
                                   ELSE g.point END,
                              ST_PointOnSurface(z.zone)),
                     r.note, r.problem,
                     CASE WHEN f.flag IS NULL THEN '{}' ELSE ARRAY[f.flag] END, f.review,
                     CASE WHEN f.review = 'rejected'
                          THEN '示例：与本岗职责无关 / Illustrative: not this post''s duty' END,
                     CASE WHEN f.review IN ('confirmed', 'rejected') THEN :by END,
                     CASE WHEN f.review IN ('confirmed', 'rejected') THEN r.ends_at + interval '1 day' END,
                     :by, true
                FROM unnest(CAST(:post AS bigint[]), CAST(:committee AS bigint[]),
                            CAST(:person AS bigint[]), CAST(:dutyType AS text[]),
                            CAST(:start AS timestamptz[]), CAST(:end AS timestamptz[]),
                            CAST(:place AS text[]), CAST(:seed AS int[]), CAST(:flag AS text[]),
                            CAST(:review AS text[]), CAST(:note AS text[]), CAST(:problem AS boolean[]))
                     AS r(post, committee, person, duty_type, starts_at, ends_at, place, seed, flag,
                          review, note, problem)
                JOIN duty_post d ON d.id = r.post
                JOIN committee c ON c.id = r.committee
                CROSS JOIN LATERAL (
                  SELECT coalesce(d.area, ST_Intersection(c.boundary,
                                  ST_Buffer(d.location::geography, 150)::geometry)) AS zone) z0
                -- an outside record's place: somewhere in the committee 100 m or more from the area
                CROSS JOIN LATERAL (
                  SELECT z0.zone AS zone,
                         CASE WHEN r.flag = 'outside_area' THEN ST_CollectionExtract(ST_Difference(
                           c.boundary, ST_Buffer(z0.zone::geography, 100)::geometry), 3) END AS beyond) z
                CROSS JOIN LATERAL (
                  SELECT CASE WHEN ST_Area(z.beyond::geography) >= 10000
                              THEN ST_GeometryN(ST_GeneratePoints(z.beyond, 1, r.seed), 1) END AS point) o
                -- a point in the area, or a track of four near it (kept only if it stays in the area)
                CROSS JOIN LATERAL (
                  SELECT ST_GeometryN(ST_GeneratePoints(z.zone, 1, r.seed), 1) AS point) g0
                CROSS JOIN LATERAL (
                  SELECT g0.point,
                         CASE WHEN r.place = 'track' THEN ST_MakeLine(ARRAY(
                           SELECT p.geom FROM ST_Dump(ST_GeneratePoints(ST_CollectionExtract(
                             ST_Intersection(z.zone, ST_Buffer(g0.point::geography, 120)::geometry), 3),
                             4, r.seed)) p ORDER BY ST_X(p.geom), ST_Y(p.geom))) END AS track) g
                -- without room outside it is an ordinary record
                CROSS JOIN LATERAL (
                  SELECT CASE WHEN r.flag = 'outside_area' AND o.point IS NULL THEN NULL
                              ELSE r.flag END AS flag) f0
                CROSS JOIN LATERAL (
                  SELECT f0.flag, CASE WHEN f0.flag IS NULL THEN 'none' ELSE r.review END AS review) f
              """)
          .param("post", post.toArray(Long[]::new))
          .param("committee", committee.toArray(Long[]::new))
          .param("person", person.toArray(Long[]::new))
          .param("dutyType", dutyType.toArray(String[]::new))
          .param("start", start.toArray(String[]::new))
          .param("end", end.toArray(String[]::new))
          .param("place", place.toArray(String[]::new))
          .param("seed", seed.toArray(Integer[]::new))
          .param("flag", flag.toArray(String[]::new))
          .param("review", review.toArray(String[]::new))
          .param("note", note.toArray(String[]::new))
          .param("problem", problem.toArray(Boolean[]::new))
          .param("by", RECORDED_BY)
          .update();
    }
  }
}
