package cn.onegrid.bench.analysis;

import cn.onegrid.data.SqlResource;
import cn.onegrid.data.analysis.AnalysisStages;
import cn.onegrid.data.analysis.CommitteeInput;
import cn.onegrid.data.analysis.CommitteeResult;
import cn.onegrid.data.analysis.CommitteeResult.ScopedFinding;
import cn.onegrid.data.analysis.MetricFrame;
import cn.onegrid.data.sample.CityGenerator;
import cn.onegrid.data.sample.SampleDataset;
import cn.onegrid.data.sample.SampleTownGenerator;
import cn.onegrid.geo.ParentClip;
import cn.onegrid.geo.Region;
import cn.onegrid.geo.Tolerance;
import cn.onegrid.geo.coverage.Catchments;
import cn.onegrid.geo.coverage.CoverageReport;
import cn.onegrid.geo.coverage.PostCoverage;
import cn.onegrid.geo.health.Finding;
import cn.onegrid.geo.health.PartitionHealth;
import cn.onegrid.geo.patrol.SlotCoverage;
import cn.onegrid.geo.siting.BlindSpot;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the Java full recompute spends its time: the stages of {@code Analyst.recomputeAll}, timed
 * one by one (on one thread: the analyses {@code CommitteeAnalysis} forks, and the chunks {@code
 * Analyst} computes while it stores, run in sequence here) on the same batches of 200 committees
 * (load, each analysis, store, the town step), on one thread, plus the {@link WhatIf} prototypes
 * timed aside. Not a JMH benchmark: a profile, printed for the last of {@code runs} passes (the
 * others warm up).
 *
 * <p>{@code java -cp benchmarks.jar cn.onegrid.bench.analysis.Breakdown town 6} or {@code ... city
 * 6000 2}.
 */
public final class Breakdown {

  private static final int BATCH = 200;

  private Breakdown() {}

  public static void main(String[] args) {
    boolean town = args.length == 0 || args[0].equals("town");
    int committees = town ? 0 : Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args.length > (town ? 1 : 2) ? args[town ? 1 : 2] : "3");
    SampleDataset dataset =
        town
            ? SampleTownGenerator.generate()
            : CityGenerator.generate(SampleTownGenerator.DEFAULT_SEED, committees);
    try (BenchDatabase db = BenchDatabase.with(dataset)) {
      Stopwatch last = null;
      for (int run = 1; run <= runs; run++) {
        last = new Stopwatch();
        once(db, last);
        System.err.printf("Run %d of %d: %.0f ms%n", run, runs, last.totalMs());
      }
      last.print(
          "Breakdown of one full recompute, one thread: %d committees, %d posts"
              .formatted(db.count("committee"), db.count("duty_post")),
          db.count("committee"));
    }
  }

  private static void once(BenchDatabase db, Stopwatch time) {
    JdbcClient jdbc = db.jdbc();
    AnalysisStages stages = new AnalysisStages(db.dataSource());
    List<Long> ids = jdbc.sql("SELECT id FROM committee ORDER BY id").query(Long.class).list();
    String inputsSql = SqlResource.load("analysis/committee-inputs.sql");
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      time.aside(
          "query only (committee-inputs.sql, rows fetched, nothing parsed)",
          () -> jdbc.sql(inputsSql).param("ids", batch.toArray(Long[]::new)).query().listOfRows());
      List<CommitteeInput> inputs =
          time.time("load (query + WKB + proj4j to metres)", () -> stages.load(batch));
      List<CommitteeResult> results = new ArrayList<>();
      for (CommitteeInput input : inputs) {
        results.add(analyse(input, time));
      }
      time.time(
          "store (proj4j to degrees + three statements per batch)", () -> stages.store(results));
    }
    townStep(db, stages, time);
  }

  /** CommitteeAnalysis.of, one analysis at a time. */
  private static CommitteeResult analyse(CommitteeInput input, Stopwatch time) {
    Geometry boundary = input.boundary();
    ParentClip clip = new ParentClip(boundary); // shared, as in CommitteeAnalysis
    CoverageReport drawn =
        time.time("PostCoverage drawn areas", () -> PostCoverage.of(clip, input.postAreas()));
    double catchment =
        time.time(
            "Catchments.coveredRatio (300 m discs: one union, clipped once)",
            () -> Catchments.coveredRatio(boundary, input.postSites(), Catchments.DEFAULT_RADIUS));
    SlotCoverage slots =
        time.time(
            "SlotCoverage (84 slots; areas clipped above)",
            () -> SlotCoverage.of(clip, input.rosters()));
    List<Point> sites = input.postSites().stream().map(r -> (Point) r.shape()).toList();
    BlindSpot blind =
        time.time("BlindSpot (LargestEmptyCircle)", () -> BlindSpot.of(boundary, sites));
    Region committee = new Region(input.code(), boundary);
    List<ScopedFinding> findings = new ArrayList<>();
    time.time(
            "PartitionHealth comprehensive grids",
            () -> PartitionHealth.of(committee, input.comprehensiveGrids()))
        .forEach(f -> findings.add(new ScopedFinding("comprehensive-grids", f)));
    time.time(
            "PartitionHealth micro-grids", () -> PartitionHealth.of(committee, input.microGrids()))
        .forEach(f -> findings.add(new ScopedFinding("micro-grids", f)));
    whatIf(input, catchment, time);
    return new CommitteeResult(input, drawn, catchment, slots, blind, findings);
  }

  /** The prototypes of {@link WhatIf}, timed aside, checked to give the same answers. */
  private static void whatIf(CommitteeInput input, double catchment, Stopwatch time) {
    time.aside(
        "what-if: drawn coverage without post shares",
        () -> WhatIf.drawnWithoutShares(input.boundary(), input.postAreas()));
    CoverageReport full =
        time.aside(
            "what-if: catchments as a full PostCoverage (before: clips, overlaps, shares)",
            () ->
                PostCoverage.of(
                    input.boundary(),
                    Catchments.around(input.postSites(), Catchments.DEFAULT_RADIUS)));
    if (Math.abs(full.ratio() - catchment) > 1e-9) {
      throw new IllegalStateException("what-if catchment ratio differs in " + input.code());
    }
    List<Region> grids = new ArrayList<>(input.comprehensiveGrids());
    grids.addAll(input.microGrids());
    sliverWhatIf(grids, input.code(), time);
  }

  private static void sliverWhatIf(List<Region> children, String where, Stopwatch time) {
    int now =
        time.aside(
            "what-if: sliver test without a bound (inscribed circle of every part)",
            () -> WhatIf.slivers(children, Tolerance.SLIVER_WIDTH));
    int bounded =
        time.aside(
            "what-if: sliver test, interior-point bound first (as PartitionHealth now)",
            () -> WhatIf.sliversBoundFirst(children, Tolerance.SLIVER_WIDTH));
    if (now != bounded) {
      throw new IllegalStateException("what-if sliver test differs in " + where);
    }
  }

  /** Analyst.recomputeStaleTowns for every town. */
  private static void townStep(BenchDatabase db, AnalysisStages stages, Stopwatch time) {
    MetricFrame frame = MetricFrame.standard();
    JdbcClient jdbc = db.jdbc();
    for (int town : jdbc.sql("SELECT id FROM town").query(Integer.class).list()) {
      Region outline =
          new Region(
              "town",
              metres(
                  frame,
                  jdbc.sql("SELECT ST_AsBinary(boundary) FROM town WHERE id = ?")
                      .param(town)
                      .query(byte[].class)
                      .single()));
      List<Region> committees =
          time.time(
              "town: load committees",
              () ->
                  jdbc.sql(
                          "SELECT code, ST_AsBinary(boundary) AS b FROM committee"
                              + " WHERE town_id = ? ORDER BY code")
                      .param(town)
                      .query(
                          (row, n) -> new Region(row.getString(1), metres(frame, row.getBytes(2))))
                      .list());
      List<Finding> findings =
          time.time(
              "town: PartitionHealth of the committees",
              () -> PartitionHealth.of(outline, committees));
      time.time("town: store", () -> stages.storeTown(town, findings));
      sliverWhatIf(committees, "town " + town, time);
    }
  }

  private static Geometry metres(MetricFrame frame, byte[] wkb) {
    try {
      return frame.toMetres(new WKBReader().read(wkb));
    } catch (ParseException e) {
      throw new IllegalStateException("PostGIS sent unreadable WKB", e);
    }
  }
}
