package cn.onegrid.bench.analysis;

import cn.onegrid.data.OneGridData;
import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.data.editing.PostChange;
import cn.onegrid.data.editing.PostSlot;
import cn.onegrid.data.editing.PostState;
import cn.onegrid.data.editing.RosterPreview;
import cn.onegrid.data.people.BlockTable;
import cn.onegrid.data.people.NightWindow;
import cn.onegrid.data.sample.CityGenerator;
import cn.onegrid.data.sample.SampleTownGenerator;
import cn.onegrid.geo.patrol.WeeklySlot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * People and time at city scale (issue 14; targets in brackets): the preview of a plan that changes
 * one post's week, as {@code GET /plans/{id}} computes it (WhatIf with the week, RosterPreview with
 * its flags) [&lt; 100 ms]; one committee's blocks × slots table [&lt; 50 ms]; every committee's
 * table at once [&lt; 1 s]. The setup generates and loads the 6,000-committee city and analyses it,
 * as a running server would have (a minute or two).
 *
 * <p>{@code java -jar bench/analysis/target/benchmarks.jar PeopleBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 0)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeopleBenchmark {

  @Param({"6000"})
  public int committees;

  private BenchDatabase db;
  private OneGridData data;
  private long plan;
  private String committee;

  @Setup(Level.Trial)
  public void start() {
    db =
        BenchDatabase.shared(
            "people-" + committees,
            () -> CityGenerator.generate(SampleTownGenerator.DEFAULT_SEED, committees),
            PeopleBenchmark::analyse);
    data = db.data();
    committee = CityGenerator.committeeCode(committees / 2);
    String post = committee + "P01";
    plan = data.plans().create("bench", "bench");
    PostState now = data.posts().get(post).state();
    List<PostSlot> week = new ArrayList<>(now.slots());
    week.add(new PostSlot(5, 20 * 60, 22 * 60, now.members().subList(0, 1)));
    data.plans()
        .stagePost(plan, "bench", post, data.posts().get(post).version(), now.withSlots(week));
  }

  /** As on a running server: every committee analysed, so the tables read the stored relation. */
  private static void analyse(BenchDatabase db) {
    long start = System.nanoTime();
    int analysed = db.data().analyst().catchUp();
    System.err.printf(
        "%d committees analysed in %.1f s%n", analysed, (System.nanoTime() - start) / 1e9);
  }

  /** What {@code GET /plans/{id}} computes for a plan changing one post's week. */
  @Benchmark
  public int previewOfASlotChange() {
    List<PostChange> posts = data.plans().get(plan, "bench").posts();
    Map<String, WhatIf.Site> sites = new HashMap<>();
    for (PostChange p : posts) {
      sites.put(
          p.code(),
          new WhatIf.Site(
              p.committee(),
              p.state().location(),
              p.state().slots().stream()
                  .map(s -> new WeeklySlot(s.weekday(), s.start(), s.end()))
                  .toList()));
    }
    return data.whatIf().of(Map.of(), sites, NightWindow.EVENING).size()
        + data.rosterPreview().of(posts, new RosterPreview.Limits(2, 7)).get(0).flags().size();
  }

  @Benchmark
  public BlockTable tableOfOneCommittee() {
    return data.timeCoverage().of(committee);
  }

  @Benchmark
  public int tablesOfEveryCommittee() {
    return data.timeCoverage().all().size();
  }
}
