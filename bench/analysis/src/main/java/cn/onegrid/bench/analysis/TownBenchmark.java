package cn.onegrid.bench.analysis;

import cn.onegrid.data.analysis.Analyst;
import cn.onegrid.data.sample.SampleTownGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full recompute of the sample town (58 committees, about 370 posts), end to end: mark everything
 * stale, load, compute, store. Java ({@code Analyst.recomputeAll}) against the same work in PostGIS
 * SQL ({@link PostgisAnalysis}). The trial setup runs both once and prints how far they agree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class TownBenchmark {

  private BenchDatabase db;
  private Analyst java;
  private PostgisAnalysis postgis;
  private PostgisAnalysis postgisParallel;

  @Setup(Level.Trial)
  public void start() {
    db = BenchDatabase.with(SampleTownGenerator.generate());
    java = db.data().analyst();
    postgis = new PostgisAnalysis(db.dataSource(), 1);
    postgisParallel =
        new PostgisAnalysis(db.dataSource(), Runtime.getRuntime().availableProcessors());
    java.recomputeAll();
    postgis.recomputeAll();
    Agreement.print(db.jdbc());
    CpuMeter.restart();
  }

  @TearDown(Level.Trial)
  public void stop() {
    db.close();
  }

  @Benchmark
  public int javaFull() {
    return java.recomputeAll();
  }

  /** One backend: one core. */
  @Benchmark
  public int postgisFull() {
    return postgis.recomputeAll();
  }

  /** As many backends as {@code Analyst} has cores. */
  @Benchmark
  public int postgisFullParallel() {
    return postgisParallel.recomputeAll();
  }
}
