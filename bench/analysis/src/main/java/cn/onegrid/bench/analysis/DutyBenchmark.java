package cn.onegrid.bench.analysis;

import cn.onegrid.data.duty.Compliance;
import cn.onegrid.data.duty.ComplianceFigures;
import cn.onegrid.data.duty.DutyBook;
import cn.onegrid.data.duty.DutyRules;
import cn.onegrid.data.duty.PatrolledAreas;
import cn.onegrid.data.duty.RecordInput;
import cn.onegrid.data.duty.Recorder;
import cn.onegrid.data.sample.CityGenerator;
import cn.onegrid.data.sample.SampleTownGenerator;
import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The duty record book at city scale (issue 15; targets in brackets). The setup loads the
 * 6,000-committee city (about 40,000 posts and 300,000 roster members) and gives every roster
 * member 0 to 4 records in last month by SQL (about 600,000: points and short tracks near their
 * post), which the triggers of V87 turn into every committee's patrolled area. Then:
 *
 * <ul>
 *   <li>{@code ingest}: records through {@link DutyBook#record}, what {@code POST /duty-records}
 *       calls, all checks and flags included, on 4 threads [500 a second];
 *   <li>{@code monthsCompliance}: last month's compliance of every committee and the town, as
 *       {@code GET /compliance} reads it [&lt; 2 s];
 *   <li>{@code committeePatrolledArea}: one committee's patrolled area for last month recomputed
 *       from its records, the most its layer ever costs (a new record only unions itself in) [&lt;
 *       200 ms].
 * </ul>
 *
 * <p>{@code java -jar bench/analysis/target/benchmarks.jar DutyBenchmark}
 */
@State(Scope.Benchmark)
@Fork(value = 0)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class DutyBenchmark {

  @Param({"6000"})
  public int committees;

  private static final YearMonth LAST_MONTH = YearMonth.now(Compliance.TOWN_TIME).minusMonths(1);

  /** Who serves where: post code, person id, committee code, a duty type, lon, lat. */
  private record Serving(
      String post, long person, String committee, String dutyType, double lon, double lat) {}

  private BenchDatabase db;
  private DutyBook book;
  private Compliance compliance;
  private PatrolledAreas patrolled;
  private List<Serving> serving;
  private List<String> committeeCodes;

  @Setup(Level.Trial)
  public void start() {
    db =
        BenchDatabase.shared(
            "duty-" + committees,
            () -> CityGenerator.generate(SampleTownGenerator.DEFAULT_SEED, committees),
            DutyBenchmark::makeRecords);
    book = db.data().dutyBook();
    compliance = db.data().compliance();
    patrolled = db.data().patrolledAreas();
    serving =
        db.jdbc()
            .sql(
                """
                SELECT d.code, m.person_id, c.code AS committee, d.duty_types[1] AS duty_type,
                       ST_X(d.location) AS lon, ST_Y(d.location) AS lat
                  FROM duty_post_member m JOIN duty_post d ON d.id = m.post_id
                  JOIN committee c ON c.id = d.committee_id
                 WHERE d.retired_at IS NULL ORDER BY md5(d.code || m.person_id) LIMIT 20000
                """)
            .query(
                (row, n) ->
                    new Serving(
                        row.getString(1),
                        row.getLong(2),
                        row.getString(3),
                        row.getString(4),
                        row.getDouble(5),
                        row.getDouble(6)))
            .list();
    committeeCodes =
        db.jdbc()
            .sql("SELECT code FROM committee ORDER BY md5(code) LIMIT 1000")
            .query(String.class)
            .list();
  }

  /** 0 to 4 records last month for every roster member, near their post; then VACUUM ANALYZE. */
  private static void makeRecords(BenchDatabase db) {
    long started = System.nanoTime();
    db.jdbc()
        .sql(
            """
            INSERT INTO duty_record (post_id, committee_id, person_id, duty_type, starts_at, ends_at,
                                     place, recorded_by, illustrative)
            SELECT d.id, d.committee_id, m.person_id, d.duty_types[1], t, t + interval '1 hour',
                   CASE WHEN n % 2 = 0 THEN p ELSE ST_MakeLine(p, ST_Translate(p, 0.001, 0.0004)) END,
                   'bench', true
              FROM duty_post_member m JOIN duty_post d ON d.id = m.post_id AND d.retired_at IS NULL,
                   LATERAL generate_series(1, abs(hashtext(m.person_id::text) % 5)) AS n,
                   LATERAL (SELECT (:first::timestamp + (hashtext(m.person_id || '/' || n) & 1023)
                                     * interval '40 minutes') AT TIME ZONE 'Asia/Shanghai' AS t,
                                   ST_Translate(d.location, ((hashtext(n || 'x' || m.person_id) & 255) - 128) * 1e-5,
                                                ((hashtext(n || 'y' || m.person_id) & 255) - 128) * 1e-5) AS p) x
            """)
        .param("first", Date.valueOf(LAST_MONTH.atDay(1)))
        .update();
    db.jdbc().sql("VACUUM ANALYZE").update();
    System.err.printf(
        Locale.ROOT,
        "%nRecords made in %.1f s: %d records, %d roster members, %d patrolled committee-months%n",
        (System.nanoTime() - started) / 1e9,
        db.count("duty_record"),
        db.count("duty_post_member"),
        db.count("patrolled_area"));
  }

  /** One record as a member's phone sends it, with every check, by staff of its committee. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(4)
  public long ingest() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Serving s = serving.get(random.nextInt(serving.size()));
    Instant end = Instant.now().minusSeconds(60);
    String place =
        String.format(
            Locale.ROOT,
            "{\"type\":\"Point\",\"coordinates\":[%.7f,%.7f]}",
            s.lon(),
            s.lat()); // the post's own place: 50 m off, a post by the city's edge fell outside
    return book.record(
            new RecordInput(
                s.post(),
                s.person(),
                s.dutyType(),
                end.minusSeconds(3600),
                end,
                place,
                "bench",
                false,
                null,
                null,
                null),
            Recorder.staff("bench", List.of(s.committee())))
        .id();
  }

  /** Last month's figures for every committee and the town, as {@code GET /compliance}. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int monthsCompliance() {
    List<ComplianceFigures> all = compliance.committees(LAST_MONTH, DutyRules.defaults());
    return all.size() + compliance.town(all).members();
  }

  /** One committee's patrolled area for last month, recomputed from all its records. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public double committeePatrolledArea() {
    String code = committeeCodes.get(ThreadLocalRandom.current().nextInt(committeeCodes.size()));
    return patrolled.refresh(code, LAST_MONTH);
  }
}
