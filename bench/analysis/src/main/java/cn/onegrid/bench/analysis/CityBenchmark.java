package cn.onegrid.bench.analysis;

import cn.onegrid.data.analysis.Analyst;
import cn.onegrid.data.sample.CityGenerator;
import cn.onegrid.data.sample.SampleTownGenerator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full recompute of a generated city, single shot: by default the 6,000-committee city (about
 * 38,000 posts); {@code -p committees=500,1500,3000} gives the scaling series. The setup generates
 * and loads the city (about a minute at full size); the warm-up iteration is itself a full
 * recompute (the SQL side needs none: {@code -wi 0}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 1)
@Measurement(iterations = 1)
public class CityBenchmark {

  @Param({"6000"})
  public int committees;

  private BenchDatabase db;
  private Analyst java;
  private PostgisAnalysis postgis;
  private PostgisAnalysis postgisParallel;

  @Setup(Level.Trial)
  public void start() {
    db = BenchDatabase.with(CityGenerator.generate(SampleTownGenerator.DEFAULT_SEED, committees));
    java = db.data().analyst();
    postgis = new PostgisAnalysis(db.dataSource(), 1);
    postgisParallel =
        new PostgisAnalysis(db.dataSource(), Runtime.getRuntime().availableProcessors());
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
