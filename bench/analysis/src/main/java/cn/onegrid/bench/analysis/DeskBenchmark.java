package cn.onegrid.bench.analysis;

import cn.onegrid.data.desk.Desk;
import cn.onegrid.data.desk.Indicator;
import cn.onegrid.data.desk.Table;
import cn.onegrid.data.desk.TableFiles;
import cn.onegrid.data.people.NightWindow;
import cn.onegrid.data.sample.CityGenerator;
import cn.onegrid.data.sample.SampleTownGenerator;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * The leaders' desk at city scale (issue 17; target: the dashboard under 1 s): the 6,000-committee
 * city with two years of published history ({@code analysis_month}: 24 months × 6,000 committees,
 * made-up values, every committee analysed every month, the most rows the desk can meet), and what
 * {@code GET /desk} asks of the database (the town's trend of every indicator and the ranking by
 * one), each on its own, and the ranking written as XLSX ({@code /desk/rankings.xlsx}); the
 * history's values are random (only their number matters to the timing). The setup generates and
 * loads the city (about a minute).
 *
 * <p>{@code java -jar bench/analysis/target/benchmarks.jar DeskBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 0)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeskBenchmark {

  @Param({"6000"})
  public int committees;

  /** The town rule of duties per member and month (the default). */
  private static final int LEAST_DUTIES = 2;

  private static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Shanghai"));

  private BenchDatabase db;
  private Desk desk;

  @Setup(Level.Trial)
  public void start() {
    db =
        BenchDatabase.shared(
            "desk-" + committees,
            () -> CityGenerator.generate(SampleTownGenerator.DEFAULT_SEED, committees),
            DeskBenchmark::makeHistory);
    desk = db.data().desk();
  }

  /** Two years of published months for every committee: the most rows the desk can meet. */
  private static void makeHistory(BenchDatabase db) {
    long started = System.nanoTime();
    db.jdbc()
        .sql(
            "INSERT INTO analysis_month (committee_id, month, computed_at, area_m2, covered_m2,"
                + " catchment_ratio, uncovered_slots, day_slot_ratios, illustrative)"
                + " SELECT c.id, m::date, m, 1e6, 1e6 * random(), random(),"
                + " (random() * 84)::int, ARRAY(SELECT random() FROM generate_series(1, 12)), true"
                + " FROM committee c, generate_series(:first::date, :last::date, interval '1 month') m"
                + " ON CONFLICT DO NOTHING")
        .param("first", java.sql.Date.valueOf(NOW.minusMonths(23).atDay(1)))
        .param("last", java.sql.Date.valueOf(NOW.atDay(1)))
        .update();
    db.jdbc().sql("VACUUM ANALYZE analysis_month").update();
    System.err.printf(
        "%nHistory made in %.1f s: %d rows%n",
        (System.nanoTime() - started) / 1e9, db.count("analysis_month"));
  }

  /** The dashboard's two statements, as {@code GET /desk} runs them. */
  @Benchmark
  public int dashboard() {
    return desk.trend(NOW, NightWindow.EVENING, LEAST_DUTIES).size()
        + desk.ranking(Indicator.COVERAGE, NOW, NightWindow.EVENING, LEAST_DUTIES).size();
  }

  @Benchmark
  public int rankingByCoverage() {
    return desk.ranking(Indicator.COVERAGE, NOW, NightWindow.EVENING, LEAST_DUTIES).size();
  }

  @Benchmark
  public int rankingByNightCoverage() {
    return desk.ranking(Indicator.NIGHT_COVERAGE, NOW, NightWindow.EVENING, LEAST_DUTIES).size();
  }

  @Benchmark
  public int trendOfEveryIndicator() {
    return desk.trend(NOW, NightWindow.EVENING, LEAST_DUTIES).size();
  }

  /** The ranking read and written as a spreadsheet, as {@code /desk/rankings.xlsx} does. */
  @Benchmark
  public int rankingAsXlsx() {
    List<List<Object>> rows = new ArrayList<>();
    for (Desk.Ranked row :
        desk.ranking(Indicator.COVERAGE, NOW, NightWindow.EVENING, LEAST_DUTIES)) {
      rows.add(
          Arrays.asList(
              row.rank(),
              row.code(),
              row.name(),
              new Table.Ratio(row.value().orElse(0)),
              new Table.Ratio(row.previous().orElse(0)),
              0.0));
    }
    List<String> columns = List.of("rank", "code", "name", "value", "previous", "change");
    return TableFiles.write(new Table("ranking", columns, rows), columns, TableFiles.Format.XLSX)
        .length;
  }
}
