package cn.onegrid.bench.analysis;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Elapsed time summed per stage, in first-seen order, printed as a Markdown table. */
final class Stopwatch {

  private final Map<String, long[]> nanos = new LinkedHashMap<>();
  private final Set<String> aside = new HashSet<>();

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    nanos.computeIfAbsent(stage, k -> new long[1])[0] += System.nanoTime() - start;
    return result;
  }

  void time(String stage, Runnable work) {
    time(
        stage,
        () -> {
          work.run();
          return null;
        });
  }

  /** Timed, but not part of the work measured: left out of the total. */
  <T> T aside(String stage, Supplier<T> work) {
    aside.add(stage);
    return time(stage, work);
  }

  double totalMs() {
    return nanos.entrySet().stream()
            .filter(e -> !aside.contains(e.getKey()))
            .mapToLong(e -> e.getValue()[0])
            .sum()
        / 1e6;
  }

  void print(String title, long committees) {
    double total = totalMs();
    System.out.printf(
        "%n%s%n| stage | ms | share | µs per committee |%n|---|---:|---:|---:|%n", title);
    nanos.forEach(
        (stage, ns) ->
            System.out.printf(
                "| %s | %.0f | %s | %.0f |%n",
                stage,
                ns[0] / 1e6,
                aside.contains(stage)
                    ? "aside"
                    : String.format("%.1f%%", 100 * ns[0] / 1e6 / total),
                ns[0] / 1e3 / committees));
    System.out.printf("| total | %.0f | 100%% | %.0f |%n", total, total * 1e3 / committees);
  }
}
