package cn.onegrid.bench.analysis;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * {@code -prof cn.onegrid.bench.analysis.CpuProfiler}: adds the CPU time per operation of the JVM
 * ({@code cpu.jvm}), of the PostgreSQL cluster ({@code cpu.postgres}), of the programs the JVM ran
 * (GDAL's, {@code cpu.tools}) and all three ({@code cpu.total}), in ms/op, to every benchmark of
 * this module (see {@link CpuMeter}). Trial setups restart the meter when they end, so loading the
 * dataset is not counted.
 */
public final class CpuProfiler implements InternalProfiler {

  @Override
  public String getDescription() {
    return "CPU time per operation of this JVM and of the embedded PostgreSQL cluster";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    CpuMeter.restart();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long[] nanos = CpuMeter.elapsed();
    double ops = Math.max(1, result.getMetadata().getMeasuredOps());
    double jvm = nanos[0] / 1e6 / ops;
    double postgres = nanos[1] / 1e6 / ops;
    double tools = nanos[2] / 1e6 / ops;
    return List.of(
        new ScalarResult("cpu.jvm", jvm, "ms/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.postgres", postgres, "ms/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.tools", tools, "ms/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.total", jvm + postgres + tools, "ms/op", AggregationPolicy.AVG));
  }
}
