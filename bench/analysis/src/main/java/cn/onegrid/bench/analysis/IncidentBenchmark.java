package cn.onegrid.bench.analysis;

import cn.onegrid.data.OneGridData;
import cn.onegrid.data.incidents.IncidentHours;
import cn.onegrid.data.incidents.NewIncident;
import cn.onegrid.data.incidents.ReportHours;
import cn.onegrid.data.incidents.ReportPeriod;
import cn.onegrid.data.incidents.Route;
import cn.onegrid.data.sample.CityGenerator;
import cn.onegrid.data.sample.SampleTownGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Incidents at city scale (issue 16; targets in brackets): routing a place to its committee, grids,
 * posts and the post on duty [p99 &lt; 5 ms]; a whole report, routed and stored with its first step
 * [100 a second sustained, i.e. &lt; 10 ms each on one connection]; a month's hot-spot tile over a
 * year of city incidents (about a million, inserted by SQL in the setup) [&lt; 200 ms a tile]; a
 * committee's last quarter of reports per weekday and hour, as a plan's preview counts those with
 * nobody on duty, and its chart with the duty hours. Run in sample-time mode, so JMH prints the
 * percentiles.
 *
 * <p>{@code java -jar bench/analysis/target/benchmarks.jar IncidentBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 0)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class IncidentBenchmark {

  @Param({"6000"})
  public int committees;

  @Param({"1000000"})
  public int incidents;

  private BenchDatabase db;
  private OneGridData data;
  private List<double[]> places;
  private List<int[]> tiles;
  private List<String> committeeCodes;
  private final ReportPeriod quarter = ReportPeriod.lastQuarter(LocalDate.now());
  private final Random random = new Random(16);
  private final YearMonth month = YearMonth.now().minusMonths(1);

  @Setup(Level.Trial)
  public void start() {
    db =
        BenchDatabase.shared(
            "incidents-" + committees + "-" + incidents,
            () -> CityGenerator.generate(SampleTownGenerator.DEFAULT_SEED, committees),
            this::insertIncidents);
    data = db.data();
    places =
        db.jdbc()
            .sql(
                "SELECT ST_X(location), ST_Y(location) FROM incident TABLESAMPLE SYSTEM (1)"
                    + " LIMIT 10000")
            .query((row, n) -> new double[] {row.getDouble(1), row.getDouble(2)})
            .list();
    tiles =
        places.stream()
            .limit(200)
            .flatMap(p -> List.of(tile(p, 12), tile(p, 13), tile(p, 14)).stream())
            .toList();
    // A tile with nothing in it would time an empty answer: say how full they are.
    long bytes = 0;
    int empty = 0;
    for (int[] t : tiles) {
      int size = data.incidentHotSpots().tile(t[0], t[1], t[2], month).length;
      bytes += size;
      empty += size == 0 ? 1 : 0;
    }
    System.err.printf(
        "%d hot-spot tiles of %s: %d empty, %d bytes on average%n",
        tiles.size(), month, empty, bytes / tiles.size());
    committeeCodes = db.jdbc().sql("SELECT code FROM committee").query(String.class).list();
  }

  /** A year of incidents, spread over every committee and the last 365 days. */
  private void insertIncidents(BenchDatabase db) {
    long started = System.nanoTime();
    int perCommittee = Math.max(1, incidents / committees);
    db.jdbc()
        .sql(
            "INSERT INTO incident (type_id, location, description, reported_by, reported_at, due_at,"
                + " committee_id, uncovered, reason_zh, reason_en, state, closed_at, illustrative)"
                + " SELECT 'sanitation', p.geom, 'bench', 'bench', t.at, t.at + interval '48 hours',"
                + " c.id, false, 'bench', 'bench', 'closed', t.at + interval '20 hours', true"
                + " FROM committee c,"
                + " LATERAL (SELECT (ST_Dump(ST_GeneratePoints(c.boundary, :n, c.id::int))).geom) p,"
                // Refers to p so that it is drawn per incident: uncorrelated, it was drawn once
                // and every incident fell on the same day.
                + " LATERAL (SELECT now() - random() * interval '365 days' AS at"
                + " WHERE p.geom IS NOT NULL) t")
        .param("n", perCommittee)
        .update();
    db.jdbc().sql("VACUUM ANALYZE incident").update();
    System.err.printf(
        "%d incidents inserted in %.1f s%n",
        db.count("incident"), (System.nanoTime() - started) / 1e9);
  }

  @Benchmark
  public Route routeAPlace() {
    double[] p = places.get(random.nextInt(places.size()));
    return data.incidentRouting().route(p[0], p[1], LocalDateTime.of(2026, 12, 3, 19, 30));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public long reportOne() {
    double[] p = places.get(random.nextInt(places.size()));
    return data.incidents()
        .report(
            new NewIncident(
                "group_renting",
                p[0],
                p[1],
                "bench",
                null,
                null,
                null,
                "bench",
                "app",
                Instant.now()));
  }

  @Benchmark
  public byte[] hotSpotTileOfAMonth() {
    int[] t = tiles.get(random.nextInt(tiles.size()));
    return data.incidentHotSpots().tile(t[0], t[1], t[2], month);
  }

  /**
   * What {@code GET /plans/{id}} adds for a committee whose posts a plan changes: its last
   * quarter's reports per weekday and hour, from which the reports with nobody on duty are counted.
   */
  @Benchmark
  public Map<String, ReportHours> lastQuartersReportHours() {
    String code = committeeCodes.get(random.nextInt(committeeCodes.size()));
    return data.incidentHours().reports(List.of(code), quarter);
  }

  /** A committee's chart ({@code GET /incidents/hours}): the reports and its duty hours. */
  @Benchmark
  public IncidentHours.Chart reportHoursChart() {
    String code = committeeCodes.get(random.nextInt(committeeCodes.size()));
    return data.incidentHours().of(code, quarter);
  }

  private static int[] tile(double[] p, int z) {
    double n = 1 << z;
    int x = (int) ((p[0] + 180) / 360 * n);
    double lat = Math.toRadians(p[1]);
    int y = (int) ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
    return new int[] {z, x, y};
  }
}
