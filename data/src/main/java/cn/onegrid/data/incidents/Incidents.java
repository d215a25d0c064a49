package cn.onegrid.data.incidents;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.SqlResource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports, routed when they are made ({@link IncidentRouting}, at the town's local time), and the
 * loop's steps, each checked against {@link IncidentState} on the locked row so that racing steps
 * cannot both land; what waits for a post or committee; closure rates by committee, grid, post or
 * type. Read as JSON that PostgreSQL writes.
 */
public class Incidents {

  /** The town's clock, for the hour a report is routed by. */
  public static final ZoneId TOWN_TIME = ZoneId.of("Asia/Shanghai");

  private static final String INCIDENT = SqlResource.load("incidents/incident.sql");
  private static final String WAITING = SqlResource.load("incidents/waiting.sql");
  private static final String RATES = SqlResource.load("incidents/rates.sql");
  private static final String GEOREPORT = SqlResource.load("incidents/georeport.sql");

  /** What rates group by: the key, the name and the join each needs (fixed, never from input). */
  private static final Map<String, String[]> GROUPINGS =
      Map.of(
          "committee",
          new String[] {"c.code", "c.name", "JOIN committee c ON c.id = i.committee_id"},
          "grid",
          new String[] {"g.code", "g.name", "LEFT JOIN grid g ON g.id = i.grid_id"},
          "post",
          new String[] {"d.code", "d.name", "LEFT JOIN duty_post d ON d.id = i.post_id"},
          "type",
          new String[] {"t.id", "t.name", "JOIN incident_type t ON t.id = i.type_id"});

  /** One incident as read: whose it is (for the server's rules) and its JSON. */
  public record Incident(
      long id,
      String committee,
      String post,
      String reportedBy,
      boolean namesPeople,
      String json) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final IncidentRouting routing;

  public Incidents(JdbcClient jdbc, TransactionTemplate transactions, IncidentRouting routing) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.routing = routing;
  }

  /**
   * Stores a report where routing sends it, with its first step and its photo, in one transaction.
   *
   * @return its id
   * @throws IncidentRefusal for an unknown type, a bad description or contact, a place outside
   */
  public long report(NewIncident report) {
    Integer limit =
        jdbc.sql("SELECT limit_hours FROM incident_type WHERE id = :id")
            .param("id", report.type())
            .query(Integer.class)
            .optional()
            .orElseThrow(() -> invalid("incidents.unknown-type", String.valueOf(report.type())));
    String description = report.description() == null ? "" : report.description().strip();
    if (description.isEmpty() || description.length() > 2000) {
      throw invalid("incidents.description");
    }
    if (report.reporterContact() != null && !report.reporterContact().matches("[0-9+\\- ]{5,20}")) {
      throw invalid("incidents.contact");
    }
    String name = report.reporterName() == null ? null : report.reporterName().strip();
    if (name != null && (name.isEmpty() || name.length() > 100)) {
      throw invalid("incidents.reporter-name");
    }
    Route route =
        routing.route(report.lon(), report.lat(), report.at().atZone(TOWN_TIME).toLocalDateTime());
    return transactions.execute(status -> insert(report, description, name, limit, route));
  }

  private long insert(NewIncident report, String description, String name, int limit, Route route) {
    Timestamp at = Timestamp.from(report.at());
    long id =
        jdbc.sql(
                "INSERT INTO incident (type_id, location, description, source, reported_by,"
                    + " reporter_name, reporter_contact, reported_at, due_at, committee_id,"
                    + " grid_id, micro_grid_id, area_posts, post_id, on_duty, uncovered,"
                    + " reason_zh, reason_en, illustrative)"
                    + " VALUES (:type, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :description,"
                    + " :source, :by, :name, :contact, :at, CAST(:at AS timestamptz) + make_interval(hours => :limit),"
                    + " :committee, :grid, :micro, :posts, :post, :onDuty, :uncovered, :zh, :en,"
                    + " :source = 'sample') RETURNING id")
            .param("type", report.type())
            .param("lon", report.lon())
            .param("lat", report.lat())
            .param("description", description)
            .param("source", report.source())
            .param("by", report.reportedBy())
            .param("name", name)
            .param("contact", report.reporterContact())
            .param("at", at)
            .param("limit", limit)
            .param("committee", route.committeeId())
            .param("grid", route.gridId())
            .param("micro", route.microGridId())
            .param("posts", route.posts().toArray(String[]::new))
            .param("post", route.postId())
            .param("onDuty", route.onDuty())
            .param("uncovered", route.uncovered())
            .param("zh", route.reason().zh())
            .param("en", route.reason().en())
            .query(Long.class)
            .single();
    step(id, null, IncidentState.REPORTED, report.reportedBy(), at, null);
    if (report.photo() != null) {
      jdbc.sql("INSERT INTO incident_photo VALUES (:id, :type, :bytes)")
          .param("id", id)
          .param("type", report.photo().mediaType())
          .param("bytes", report.photo().bytes())
          .update();
    }
    return id;
  }

  /**
   * One incident, or NotFound.
   *
   * @param wholeContact the reporter's contact whole, else masked
   */
  public Incident get(long id, boolean wholeContact) {
    return jdbc.sql(INCIDENT)
        .param("id", id)
        .param("whole_contact", wholeContact)
        .query(
            (row, n) ->
                new Incident(
                    row.getLong("id"),
                    row.getString("committee"),
                    row.getString("post"),
                    row.getString("reported_by"),
                    row.getBoolean("names_people"),
                    row.getString("json")))
        .optional()
        .orElseThrow(() -> NotFound.of("incidents.not-found", id));
  }

  /** The photo of an incident, if it has one. */
  public Optional<NewIncident.Photo> photo(long id) {
    return jdbc.sql("SELECT media_type, bytes FROM incident_photo WHERE incident_id = :id")
        .param("id", id)
        .query((row, n) -> new NewIncident.Photo(row.getString(1), row.getBytes(2)))
        .optional();
  }

  /**
   * Moves an incident on: from its state to {@code to} if that may follow, recording who, when and
   * notes; a dispatch may name the post it goes to (of the same committee).
   *
   * @throws IncidentRefusal OUT_OF_ORDER when {@code to} may not follow the state it is in
   */
  public void move(long id, IncidentState to, String by, String notes, String post, Instant at) {
    if (notes != null && notes.length() > 2000) {
      throw invalid("incidents.notes");
    }
    transactions.executeWithoutResult(status -> moveLocked(id, to, by, notes, post, at));
  }

  private void moveLocked(
      long id, IncidentState to, String by, String notes, String post, Instant at) {
    IncidentState from =
        jdbc.sql("SELECT state FROM incident WHERE id = :id FOR UPDATE")
            .param("id", id)
            .query(String.class)
            .optional()
            .map(IncidentState::ofOrNull)
            .orElseThrow(() -> NotFound.of("incidents.not-found", id));
    if (!from.mayBecome(to)) {
      throw new IncidentRefusal(
          IncidentRefusal.Kind.OUT_OF_ORDER,
          "Incident " + id + " is " + from.id() + ", it cannot become " + to.id(),
          "incidents.out-of-order",
          id,
          from.id(),
          to.id(),
          String.join(", ", from.next().stream().map(IncidentState::id).toList()));
    }
    Timestamp when = Timestamp.from(at);
    jdbc.sql(
            "UPDATE incident SET state = :to,"
                + " closed_at = CASE WHEN :to = 'closed' THEN CAST(:at AS timestamptz) END,"
                + " post_id = coalesce((SELECT d.id FROM duty_post d WHERE d.code = :post"
                + " AND d.committee_id = incident.committee_id), post_id)"
                + " WHERE id = :id")
        .param("to", to.id())
        .param("at", when)
        .param("post", post)
        .param("id", id)
        .update();
    if (post != null && !postOf(id).equals(post)) {
      throw invalid("incidents.post", post);
    }
    step(id, from, to, by, when, notes == null || notes.isBlank() ? null : notes.strip());
  }

  private String postOf(long id) {
    return jdbc.sql(
            "SELECT coalesce(d.code, '') FROM incident i LEFT JOIN duty_post d ON d.id = i.post_id"
                + " WHERE i.id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private void step(
      long id, IncidentState from, IncidentState to, String by, Timestamp at, String notes) {
    jdbc.sql(
            "INSERT INTO incident_step (incident_id, from_state, to_state, by_user, at, notes)"
                + " VALUES (:id, :from, :to, :by, :at, :notes)")
        .param("id", id)
        .param("from", from == null ? null : from.id())
        .param("to", to.id())
        .param("by", by)
        .param("at", at)
        .param("notes", notes)
        .update();
  }

  /**
   * A list as JSON: the open incidents routed to a post, or to a committee, or (with {@code
   * allStates}) every one a reporter made; nulls do not narrow.
   */
  public String list(String committee, String post, String reporter, boolean allStates) {
    return jdbc.sql(WAITING)
        .param("committee", committee)
        .param("post", post)
        .param("reporter", reporter)
        .param("all_states", allStates)
        .query(String.class)
        .single();
  }

  /**
   * Closure rates as JSON, grouped by {@code committee}, {@code grid}, {@code post} or {@code
   * type}, of one committee or (null) the town.
   */
  public String rates(String by, String committee) {
    String[] grouping = GROUPINGS.get(by);
    if (grouping == null) {
      throw invalid("incidents.rates-by", String.valueOf(by));
    }
    String sql =
        RATES
            .replace("/*KEY*/", grouping[0])
            .replace("/*NAME*/", grouping[1])
            .replace("/*JOIN*/", grouping[2]);
    return jdbc.sql(sql).param("committee", committee).query(String.class).single();
  }

  /**
   * Incidents as Open311 GeoReport v2 requests (a JSON array), newest first; nulls do not narrow.
   *
   * @param status {@code open}, {@code closed} or null
   */
  public String serviceRequests(
      Long id, String type, Instant from, Instant to, String status, int limit) {
    return jdbc.sql(GEOREPORT)
        .param("id", id)
        .param("type", type)
        .param("from", from == null ? null : Timestamp.from(from))
        .param("to", to == null ? null : Timestamp.from(to))
        .param("status", status)
        .param("limit", limit)
        .query(String.class)
        .single();
  }

  private static IncidentRefusal invalid(String key, Object... args) {
    return new IncidentRefusal(IncidentRefusal.Kind.INVALID, "Bad incident: " + key, key, args);
  }
}
