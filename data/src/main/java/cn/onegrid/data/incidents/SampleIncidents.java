package cn.onegrid.data.incidents;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year of generated incidents for a sample town, reproducible from a seed and marked illustrative
 * (source {@code sample}): places drawn at random in each committee's outline, routed like any
 * report ({@link Incidents#report}), more by day than by night, the older ones further on in the
 * loop; most are closed, some after their type's limit, a few returned or void. Figures, hot spots
 * and lists in the sample then have something to show; none of it happened.
 */
public class SampleIncidents {

  public static final long DEFAULT_SEED = 20261202L;

  /**
   * How often each type is reported, relative to the others (group renting and sanitation lead).
   */
  private static final String[] TYPES = {
    "sanitation",
    "sanitation",
    "sanitation",
    "group_renting",
    "group_renting",
    "street_order",
    "street_order",
    "city_appearance",
    "illegal_business",
    "neighbour_dispute",
    "security_fire",
    "advertising",
    "construction",
    "home_to_business",
    "emergency"
  };

  private static final String[] LOOP = {"accepted", "dispatched", "handled", "verified", "closed"};

  private final JdbcClient jdbc;
  private final Incidents incidents;

  public SampleIncidents(JdbcClient jdbc, Incidents incidents) {
    this.jdbc = jdbc;
    this.incidents = incidents;
  }

  /**
   * Reports {@code perCommitteeAndMonth} incidents a month in each committee over the year before
   * {@code until}, then moves each on as far as its age and the dice say.
   *
   * @return how many it made
   */
  public int generate(long seed, int perCommitteeAndMonth, LocalDate until) {
    Random random = new Random(seed);
    Instant end = until.atStartOfDay(Incidents.TOWN_TIME).toInstant();
    Instant start = end.minus(Duration.ofDays(365));
    List<double[]> boxes =
        jdbc.sql(
                "SELECT ST_XMin(boundary), ST_YMin(boundary), ST_XMax(boundary), ST_YMax(boundary)"
                    + " FROM committee ORDER BY code")
            .query(
                (row, n) ->
                    new double[] {
                      row.getDouble(1), row.getDouble(2), row.getDouble(3), row.getDouble(4)
                    })
            .list();
    int made = 0;
    for (double[] box : boxes) {
      for (int i = 0; i < perCommitteeAndMonth * 12; i++) {
        Instant at = reportedAt(random, start);
        Long id = report(random, box, at);
        if (id != null) {
          progress(random, id, at, end);
          made++;
        }
      }
    }
    return made;
  }

  /** A time in the year, more often between 7 and 22 o'clock. */
  private static Instant reportedAt(Random random, Instant start) {
    long day = random.nextInt(365);
    int hour = random.nextInt(10) < 8 ? 7 + random.nextInt(15) : random.nextInt(24);
    return start
        .plus(Duration.ofDays(day))
        .plus(Duration.ofMinutes(hour * 60L + random.nextInt(60)));
  }

  /** A report at a random place of the box that lies in the town (a few tries), or null. */
  private Long report(Random random, double[] box, Instant at) {
    String type = TYPES[random.nextInt(TYPES.length)];
    for (int tries = 0; tries < 5; tries++) {
      double lon = box[0] + random.nextDouble() * (box[2] - box[0]);
      double lat = box[1] + random.nextDouble() * (box[3] - box[1]);
      try {
        return incidents.report(
            new NewIncident(
                type,
                lon,
                lat,
                "示例事件（生成）/ Illustrative incident (generated)",
                null,
                null,
                null,
                "sample",
                "sample",
                at));
      } catch (IncidentRefusal outside) {
        // a corner of the box outside the committee: draw again
      }
    }
    return null;
  }

  /** Moves the incident on: steps a few hours apart; the last month's often still open. */
  private void progress(Random random, long id, Instant reported, Instant end) {
    int steps = LOOP.length;
    boolean recent = Duration.between(reported, end).toDays() < 30;
    if (recent) {
      steps = random.nextInt(LOOP.length + 1);
    } else if (random.nextInt(50) == 0) {
      steps = -1; // void
    }
    List<String> to = new ArrayList<>();
    List<Timestamp> at = new ArrayList<>();
    Instant when = reported;
    for (int s = 0; s < (steps < 0 ? 1 : steps); s++) {
      when = when.plus(Duration.ofMinutes(30 + random.nextInt(steps == LOOP.length ? 1800 : 600)));
      to.add(steps < 0 ? "void" : LOOP[s]);
      at.add(Timestamp.from(when.isAfter(end) ? end : when));
    }
    if (to.isEmpty()) {
      return;
    }
    String last = to.get(to.size() - 1);
    jdbc.sql(
            "INSERT INTO incident_step (incident_id, from_state, to_state, by_user, at)"
                + " SELECT :id, coalesce(lag(s.to_state) OVER (ORDER BY s.n), 'reported'),"
                + " s.to_state, 'sample', s.at"
                + " FROM unnest(CAST(:to AS text[]), CAST(:at AS timestamptz[])) WITH ORDINALITY AS s(to_state, at, n)")
        .param("id", id)
        .param("to", to.toArray(String[]::new))
        .param("at", at.stream().map(t -> t.toInstant().toString()).toArray(String[]::new))
        .update();
    jdbc.sql(
            "UPDATE incident SET state = :state,"
                + " closed_at = CASE WHEN :state = 'closed' THEN CAST(:at AS timestamptz) END"
                + " WHERE id = :id")
        .param("state", last)
        .param("at", at.get(at.size() - 1))
        .param("id", id)
        .update();
  }
}
