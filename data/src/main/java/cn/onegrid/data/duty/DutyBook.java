package cn.onegrid.data.duty;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.incidents.Incidents;
import cn.onegrid.data.incidents.NewIncident;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duty record book: a record is checked (when, where, who, which post), kept, and flagged when
 * its place is outside the post's area (more than {@link #AREA_SLACK_M} beyond it) or its time far
 * from the post's slots (more than two hours from any, in the town's time); a flagged record waits
 * for staff to confirm or reject it. A member sees their own records, staff their committees'. A
 * problem reported with a record becomes an incident (issue 16) in the record's transaction:
 * reported by whoever records, at the record's place (a track's last point), routed as {@link
 * Incidents} routes every report, and named by the record's {@code incident_id}; a refused incident
 * keeps no record either.
 */
public class DutyBook {

  /** A phone's clock may run a little ahead of the server's. */
  static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

  static final int AREA_SLACK_M = 30;
  static final int NOTE_MAX = 2000;

  /** A record's columns as read, with its post's, committee's and person's names and incident. */
  private static final String COLUMNS =
      """
      r.*, d.code AS post_code, d.name AS post_name, c.code AS committee_code,
      p.name AS person_name, ST_AsGeoJSON(r.place, 7) AS place_json,
      ic.code AS incident_committee, ip.code AS incident_post, ip.name AS incident_post_name,
      i.on_duty AS incident_on_duty, i.state AS incident_state,
      i.reason_zh AS incident_reason_zh, i.reason_en AS incident_reason_en
      """;

  private static final String NAMED =
      """
        JOIN duty_post d ON d.id = r.post_id
        JOIN committee c ON c.id = r.committee_id
        JOIN person p ON p.id = r.person_id
        LEFT JOIN incident i ON i.id = r.incident_id
        LEFT JOIN committee ic ON ic.id = i.committee_id
        LEFT JOIN duty_post ip ON ip.id = i.post_id
      """;

  private static final String SELECT =
      "SELECT "
          + COLUMNS
          + ", EXISTS (SELECT 1 FROM duty_photo f WHERE f.record_id = r.id) AS has_photo"
          + " FROM duty_record r"
          + NAMED;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Incidents incidents;

  public DutyBook(JdbcClient jdbc, TransactionTemplate transaction, Incidents incidents) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.incidents = incidents;
  }

  /**
   * Checks and keeps a record; the record as kept, flags and all. Two statements (the post and who
   * serves it; the insert that checks the place and gives back the record) rather than one per
   * check: at city scale the round trips were most of a record's cost (bench/README.md,
   * DutyBenchmark). A transaction only when more than the record is written, its photo or its
   * problem's incident; the place is then checked first, before the problem.
   */
  public DutyRecord record(RecordInput input, Recorder recorder) {
    checkTimes(input.start(), input.end(), Instant.now());
    if (input.note() != null && input.note().length() > NOTE_MAX) {
      throw InvalidRecord.of("note", "duty.note-too-long", NOTE_MAX);
    }
    Long asked = recorder.isMember() ? recorder.person() : input.person();
    PostFacts post = post(input.post(), recorder, asked, input.dutyType());
    long person = recorder.isMember() ? recorder.person() : who(input.person());
    if (!post.serves()) {
      throw InvalidRecord.of("person", "duty.not-serving", input.post());
    }
    if (input.dutyType() == null || !post.dutyTypeExists()) {
      throw InvalidRecord.of("dutyType", "duty.no-duty-type", String.valueOf(input.dutyType()));
    }
    if (input.photo() == null && !input.problemReported()) {
      return keep(input, recorder, post, person); // one statement: no transaction needed
    }
    checkPlace(input.place(), post.id());
    String description = input.problemReported() ? checkProblem(input) : null;
    return transaction.execute(
        status -> {
          // the incident first, so the record is inserted naming it: an update would have
          // V87's triggers recompute the committee's patrolled month
          Long incident =
              description == null ? null : incidents.report(incident(input, description, recorder));
          DutyRecord kept = insert(input, recorder, post, person, incident).orElseThrow();
          if (input.photo() != null) {
            jdbc.sql("INSERT INTO duty_photo (record_id, jpeg) VALUES (:id, :jpeg)")
                .param("id", kept.id())
                .param("jpeg", input.photo())
                .update();
          }
          return kept;
        });
  }

  /** The problem's incident type (given and known) and its description (given, else the note). */
  private String checkProblem(RecordInput input) {
    if (input.incidentType() == null || input.incidentType().isBlank()) {
      throw InvalidRecord.of("incidentType", "duty.incident-type-missing");
    }
    if (!incidentTypeExists(input.incidentType())) {
      throw InvalidRecord.of("incidentType", "duty.incident-type-unknown", input.incidentType());
    }
    String given = input.incidentDescription();
    String description =
        (given == null || given.isBlank() ? (input.note() == null ? "" : input.note()) : given)
            .strip();
    if (description.isEmpty()) {
      throw InvalidRecord.of("incidentDescription", "duty.incident-description-missing");
    }
    if (description.length() > NOTE_MAX) {
      throw InvalidRecord.of("incidentDescription", "duty.incident-description-too-long", NOTE_MAX);
    }
    return description;
  }

  /**
   * The report a problem makes: at the record's point or its track's last, when the duty ended (an
   * outbox's record sent hours later is routed to who was on duty when the problem was found), with
   * the record's photo.
   */
  private NewIncident incident(RecordInput input, String description, Recorder recorder) {
    double[] lonLat =
        jdbc.sql(
                "SELECT ST_X(p), ST_Y(p) FROM ST_GeomFromGeoJSON(:g) AS g,"
                    + " LATERAL (SELECT coalesce(ST_EndPoint(g), g) AS p) AS last")
            .param("g", input.place())
            .query((row, n) -> new double[] {row.getDouble(1), row.getDouble(2)})
            .single();
    Instant now = Instant.now();
    return new NewIncident(
        input.incidentType(),
        lonLat[0],
        lonLat[1],
        description,
        null,
        null,
        input.photo() == null ? null : new NewIncident.Photo("image/jpeg", input.photo()),
        recorder.username(),
        "duty",
        input.end().isAfter(now) ? now : input.end());
  }

  /**
   * The posts a member serves, as JSON written by PostgreSQL: {@code [{code, name, committee,
   * dutyTypes, location, area, slots: [{weekday, start, end, mine}]}]}, the member's own slots
   * marked. A phone page shows them and records at them.
   */
  public String postsOf(long person) {
    return jdbc.sql(
            """
            SELECT coalesce(json_agg(json_build_object(
                     'code', d.code, 'name', d.name, 'committee', c.code,
                     'dutyTypes', d.duty_types,
                     'location', ST_AsGeoJSON(d.location, 7)::json,
                     'area', ST_AsGeoJSON(d.area, 7)::json,
                     'slots', (SELECT coalesce(json_agg(json_build_object(
                                 'weekday', s.weekday, 'start', to_char(s.starts_at, 'HH24:MI'),
                                 'end', to_char(s.ends_at, 'HH24:MI'),
                                 'mine', EXISTS (SELECT 1 FROM duty_slot_member sm
                                                  WHERE sm.slot_id = s.id AND sm.person_id = :p))
                                 ORDER BY s.weekday, s.starts_at), '[]')
                                 FROM duty_slot s WHERE s.post_id = d.id))
                     ORDER BY d.code), '[]')::text
              FROM duty_post d JOIN committee c ON c.id = d.committee_id
             WHERE d.retired_at IS NULL
               AND (d.leader_id = :p
                    OR EXISTS (SELECT 1 FROM duty_post_member m WHERE m.post_id = d.id AND m.person_id = :p)
                    OR EXISTS (SELECT 1 FROM duty_slot s JOIN duty_slot_member sm ON sm.slot_id = s.id
                                WHERE s.post_id = d.id AND sm.person_id = :p))
            """)
        .param("p", person)
        .query(String.class)
        .single();
  }

  /** Start and end: not in the future, end not before start, at most a day. */
  static void checkTimes(Instant start, Instant end, Instant now) {
    if (start == null) {
      throw InvalidRecord.of("start", "duty.start-missing");
    }
    if (end == null) {
      throw InvalidRecord.of("end", "duty.end-missing");
    }
    if (start.isAfter(now.plus(CLOCK_SLACK))) {
      throw InvalidRecord.of("start", "duty.start-future");
    }
    if (end.isAfter(now.plus(CLOCK_SLACK))) {
      throw InvalidRecord.of("end", "duty.end-future");
    }
    if (end.isBefore(start)) {
      throw InvalidRecord.of("end", "duty.end-before-start");
    }
    if (Duration.between(start, end).compareTo(Duration.ofDays(1)) > 0) {
      throw InvalidRecord.of("end", "duty.too-long");
    }
  }

  /** One record, if this recorder may see it. */
  public Optional<DutyRecord> get(long id, Recorder reader) {
    return jdbc.sql(SELECT + " WHERE r.id = :id AND " + SCOPE)
        .param("id", id)
        .params(scope(reader))
        .query(DutyBook::record)
        .optional();
  }

  /**
   * The records this reader may see that started in [from, to), newest first, at most {@code
   * limit}; {@code pendingOnly}: those waiting for a review.
   */
  public List<DutyRecord> list(
      Recorder reader, Instant from, Instant to, boolean pendingOnly, int limit) {
    return jdbc.sql(
            SELECT
                + " WHERE "
                + SCOPE
                + " AND r.starts_at >= :from AND r.starts_at < :to"
                + " AND (NOT :pending OR r.review = 'pending')"
                + " ORDER BY r.starts_at DESC, r.id DESC LIMIT :limit")
        .params(scope(reader))
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .param("pending", pendingOnly)
        .param("limit", limit)
        .query(DutyBook::record)
        .list();
  }

  /** The record's photo (JPEG), if it has one and the reader may see it. */
  public Optional<byte[]> photo(long id, Recorder reader) {
    return jdbc.sql(
            "SELECT f.jpeg FROM duty_photo f JOIN duty_record r ON r.id = f.record_id"
                + " JOIN committee c ON c.id = r.committee_id WHERE r.id = :id AND "
                + SCOPE)
        .param("id", id)
        .params(scope(reader))
        .query(byte[].class)
        .optional();
  }

  /**
   * Staff confirm or reject a flagged record (a rejection needs its reason); the record as it is
   * then. Another committee's record is not found; one not waiting for review is refused.
   */
  public DutyRecord review(long id, boolean confirm, String reason, Recorder staff) {
    if (staff.isMember()) {
      throw NotFound.of("duty.no-record", id);
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (!confirm && why == null) {
      throw InvalidRecord.of("reason", "duty.reason-missing");
    }
    if (why != null && why.length() > 500) {
      throw InvalidRecord.of("reason", "duty.reason-too-long", 500);
    }
    DutyRecord record = get(id, staff).orElseThrow(() -> NotFound.of("duty.no-record", id));
    int changed =
        jdbc.sql(
                """
                UPDATE duty_record SET review = :review, review_reason = :reason,
                                       reviewed_by = :by, reviewed_at = now()
                 WHERE id = :id AND review = 'pending'
                """)
            .param("id", record.id())
            .param("review", confirm ? "confirmed" : "rejected")
            .param("reason", why)
            .param("by", staff.username())
            .update();
    if (changed == 0) {
      throw InvalidRecord.of("review", "duty.not-pending", id);
    }
    return get(id, staff).orElseThrow();
  }

  /** A member's own records (a member has no committees), or those of staff's committees. */
  private static final String SCOPE = "(r.person_id = :person OR c.code = ANY(:committees))";

  private static Map<String, Object> scope(Recorder reader) {
    return Map.of(
        "person",
        reader.person() == null ? (Object) NULL_PERSON : reader.person(),
        "committees",
        reader.committees().toArray(String[]::new));
  }

  /** JdbcClient's maps take no nulls: no person is an id no row has. */
  private static final long NULL_PERSON = -1;

  /** The post as the recorder may see it, whether the person serves it, the duty type known. */
  private record PostFacts(long id, long committee, boolean serves, boolean dutyTypeExists) {}

  private PostFacts post(String code, Recorder recorder, Long person, String dutyType) {
    if (code == null) {
      throw InvalidRecord.of("post", "duty.no-post", "");
    }
    return jdbc.sql(
            """
            SELECT d.id, d.committee_id, c.code,
                   (d.leader_id = :p) IS TRUE
                   OR EXISTS (SELECT 1 FROM duty_post_member m WHERE m.post_id = d.id AND m.person_id = :p)
                   OR EXISTS (SELECT 1 FROM duty_slot s JOIN duty_slot_member sm ON sm.slot_id = s.id
                               WHERE s.post_id = d.id AND sm.person_id = :p) AS serves,
                   EXISTS (SELECT 1 FROM duty_type WHERE id = :type) AS known_type
              FROM duty_post d JOIN committee c ON c.id = d.committee_id
             WHERE d.code = :code AND d.retired_at IS NULL
            """)
        .param("code", code)
        .param("p", person == null ? NULL_PERSON : person)
        .param("type", dutyType == null ? "" : dutyType)
        .query(
            (row, n) -> {
              String committee = row.getString("code");
              boolean mine = recorder.isMember() || recorder.committees().contains(committee);
              return mine
                  ? new PostFacts(
                      row.getLong("id"),
                      row.getLong("committee_id"),
                      row.getBoolean("serves"),
                      row.getBoolean("known_type"))
                  : null;
            })
        .optional()
        .filter(post -> post != null)
        .orElseThrow(() -> InvalidRecord.of("post", "duty.no-post", code));
  }

  private static long who(Long person) {
    if (person == null) {
      throw InvalidRecord.of("person", "duty.person-missing");
    }
    return person;
  }

  private boolean incidentTypeExists(String id) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM incident_type WHERE id = :id)")
        .param("id", id)
        .query(Boolean.class)
        .single();
  }

  /**
   * The given place ({@code :place}, GeoJSON) as {@code kind}, POINT, LINESTRING or any other
   * geometry type, null when invalid or empty, and {@code place} in EPSG:4326.
   */
  private static final String PLACE =
      """
      (SELECT CASE WHEN ST_IsValid(g) AND NOT ST_IsEmpty(g) THEN GeometryType(g) END AS kind,
              ST_SetSRID(g, 4326) AS place
         FROM ST_GeomFromGeoJSON(:place) AS g)""";

  /**
   * Whether {@link #PLACE} {@code k}, a point or a track, is in the town {@code t}: in its
   * committee {@code c} first (at city scale the town's outline is one polygon of thousands of
   * committees, far slower to test), the town's outline only for what leaves it; null for any other
   * kind.
   */
  private static final String IN_TOWN =
      """
      CASE WHEN k.kind IN ('POINT', 'LINESTRING') THEN
           CASE WHEN ST_CoveredBy(k.place, c.boundary) THEN true
                ELSE ST_CoveredBy(k.place, t.boundary) END END""";

  /**
   * POINT or LINESTRING (anything else, or no GeoJSON geometry at all, is refused) inside the town
   * ({@link #IN_TOWN}); the refusal names which.
   */
  private void checkPlace(String geojson, long post) {
    if (geojson == null || geojson.isBlank()) {
      throw InvalidRecord.of("place", "duty.place-missing");
    }
    Optional<PlaceFacts> place;
    try {
      place =
          jdbc.sql(
                  "SELECT k.kind, "
                      + IN_TOWN
                      + " AS in_town FROM "
                      + PLACE
                      + " k, duty_post d JOIN committee c ON c.id = d.committee_id"
                      + " JOIN town t ON t.id = c.town_id WHERE d.id = :post")
              .param("place", geojson)
              .param("post", post)
              .query((row, n) -> new PlaceFacts(row.getString(1), row.getBoolean(2)))
              .optional();
    } catch (DataAccessException e) {
      place = Optional.empty();
    }
    String kind = place.map(PlaceFacts::kind).orElse(null);
    if (!"POINT".equals(kind) && !"LINESTRING".equals(kind)) {
      throw InvalidRecord.of("place", "duty.place-invalid");
    }
    if (!place.get().inTown()) {
      throw InvalidRecord.of("place", "duty.place-outside-town");
    }
  }

  private record PlaceFacts(String kind, boolean inTown) {}

  /**
   * A record with neither photo nor problem, kept in one statement: the place is checked by the
   * insert itself, and only when it kept nothing (or could not read the place) does {@link
   * #checkPlace} find which refusal that was, as it would have before the insert.
   */
  private DutyRecord keep(RecordInput input, Recorder recorder, PostFacts post, long person) {
    Optional<DutyRecord> kept;
    try {
      kept = insert(input, recorder, post, person, null);
    } catch (DataAccessException e) {
      checkPlace(input.place(), post.id());
      throw e;
    }
    return kept.orElseGet(
        () -> {
          checkPlace(input.place(), post.id());
          throw new IllegalStateException("a record whose place passed its check was not kept");
        });
  }

  /**
   * Keeps the record if its place is a point or track in the town (else nothing), flagged outside
   * the post's area (buffered by {@link #AREA_SLACK_M}: a place inside the area itself needs no
   * buffer) or far from its slots; gives it back as read.
   */
  private Optional<DutyRecord> insert(
      RecordInput input, Recorder recorder, PostFacts post, long person, Long incident) {
    return jdbc.sql(
            """
            WITH given AS (
              SELECT k.kind, k.place,
                     CAST(:start AS timestamptz) AS starts_at, CAST(:end AS timestamptz) AS ends_at
                FROM """
                + PLACE
                + """
             k),
            local AS (
              SELECT extract(isodow FROM starts_at AT TIME ZONE 'Asia/Shanghai')::int AS weekday,
                     (extract(hour FROM starts_at AT TIME ZONE 'Asia/Shanghai') * 60
                      + extract(minute FROM starts_at AT TIME ZONE 'Asia/Shanghai'))::int AS from_min,
                     extract(epoch FROM ends_at - starts_at)::int / 60 AS minutes
                FROM given),
            facts AS (
              SELECT CASE WHEN ST_CoveredBy(k.place, d.area) THEN false
                          ELSE NOT ST_CoveredBy(k.place,
                                 coalesce(ST_Buffer(d.area::geography, :slack)::geometry,
                                          ST_Buffer(d.location::geography, 300)::geometry)) END AS outside,
                     NOT EXISTS (
                       SELECT 1 FROM duty_slot s, local l
                        WHERE s.post_id = d.id AND s.weekday = l.weekday
                          AND l.from_min < (CASE WHEN s.ends_at = '00:00' THEN 1440
                                                 ELSE extract(epoch FROM s.ends_at)::int / 60 END) + 120
                          AND l.from_min + l.minutes > extract(epoch FROM s.starts_at)::int / 60 - 120) AS far,
                     """
                + IN_TOWN
                + """
             AS in_town
                FROM given k, duty_post d JOIN committee c ON c.id = d.committee_id
                     JOIN town t ON t.id = c.town_id
               WHERE d.id = :post),
            kept AS (
            INSERT INTO duty_record (post_id, committee_id, person_id, duty_type, starts_at, ends_at,
                                     place, note, problem_reported, incident_id, flags, review,
                                     recorded_by)
            SELECT :post, :committee, :person, :type, g.starts_at, g.ends_at, g.place, :note, :problem,
                   CAST(:incident AS bigint),
                   array_remove(ARRAY[CASE WHEN f.outside THEN 'outside_area' END,
                                      CASE WHEN f.far THEN 'far_from_slot' END], NULL),
                   CASE WHEN f.outside OR f.far THEN 'pending' ELSE 'none' END, :by
              FROM given g, facts f
             WHERE f.in_town
            RETURNING *)
            SELECT
            """
                + COLUMNS
                + ", CAST(:photo AS boolean) AS has_photo FROM kept r"
                + NAMED)
        .param("place", input.place())
        .param("start", Timestamp.from(input.start()))
        .param("end", Timestamp.from(input.end()))
        .param("slack", AREA_SLACK_M)
        .param("post", post.id())
        .param("committee", post.committee())
        .param("person", person)
        .param("type", input.dutyType())
        .param("note", input.note() == null ? "" : input.note().strip())
        .param("problem", input.problemReported())
        .param("incident", incident)
        .param("by", recorder.username())
        .param("photo", input.photo() != null)
        .query(DutyBook::record)
        .optional();
  }

  private static DutyRecord record(ResultSet row, int n) throws SQLException {
    long incidentId = row.getLong("incident_id");
    ReportedIncident incident =
        row.wasNull()
            ? null
            : new ReportedIncident(
                incidentId,
                row.getString("incident_committee"),
                row.getString("incident_post"),
                row.getString("incident_post_name"),
                row.getBoolean("incident_on_duty"),
                row.getString("incident_state"),
                row.getString("incident_reason_zh"),
                row.getString("incident_reason_en"));
    return new DutyRecord(
        row.getLong("id"),
        row.getString("post_code"),
        row.getString("post_name"),
        row.getString("committee_code"),
        row.getLong("person_id"),
        row.getString("person_name"),
        row.getString("duty_type"),
        row.getTimestamp("starts_at").toInstant(),
        row.getTimestamp("ends_at").toInstant(),
        row.getString("place_json"),
        row.getString("note"),
        row.getBoolean("problem_reported"),
        incident,
        strings(row.getArray("flags")),
        row.getString("review"),
        row.getString("review_reason"),
        row.getString("reviewed_by"),
        row.getString("recorded_by"),
        row.getBoolean("has_photo"),
        row.getBoolean("illustrative"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}
