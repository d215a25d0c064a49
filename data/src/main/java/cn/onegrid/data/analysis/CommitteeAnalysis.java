package cn.onegrid.data.analysis;

import cn.onegrid.data.analysis.CommitteeResult.ScopedFinding;
import cn.onegrid.geo.ParentClip;
import cn.onegrid.geo.Region;
import cn.onegrid.geo.coverage.Catchments;
import cn.onegrid.geo.coverage.CoverageReport;
import cn.onegrid.geo.coverage.PostCoverage;
import cn.onegrid.geo.health.PartitionHealth;
import cn.onegrid.geo.patrol.SlotCoverage;
import cn.onegrid.geo.siting.BlindSpot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import org.locationtech.jts.geom.Point;

/** Runs every per-committee analysis of geo on one committee. Pure: no database here. */
public final class CommitteeAnalysis {

  private CommitteeAnalysis() {}

  /**
   * @param input the committee, in metres
   * @param walkingRadius catchment radius in metres
   */
  public static CommitteeResult of(CommitteeInput input, double walkingRadius) {
    List<Point> sites = input.postSites().stream().map(r -> (Point) r.shape()).toList();
    // The analyses only read the input, so the blind spot, the grid checks and the catchments run
    // beside the drawn coverage: a single committee (one edit) then uses two cores too. Envelopes
    // are cached on first use, so they are computed here, before any sharing.
    input.boundary().getEnvelopeInternal();
    sites.forEach(Point::getEnvelopeInternal);
    ForkJoinTask<BlindSpot> blindSpot =
        ForkJoinTask.adapt(() -> BlindSpot.of(input.boundary(), sites)).fork();
    ForkJoinTask<List<ScopedFinding>> findings = ForkJoinTask.adapt(() -> findings(input)).fork();
    ForkJoinTask<Double> catchment =
        ForkJoinTask.adapt(
                () -> Catchments.coveredRatio(input.boundary(), input.postSites(), walkingRadius))
            .fork();
    // Rosters hold the same area objects as postAreas: clipped once, for both analyses (on this
    // thread: a ParentClip is not thread-safe).
    ParentClip clip = new ParentClip(input.boundary());
    CoverageReport drawn = PostCoverage.of(clip, input.postAreas());
    SlotCoverage slots = SlotCoverage.of(clip, input.rosters());
    return new CommitteeResult(
        input, drawn, catchment.join(), slots, blindSpot.join(), findings.join());
  }

  private static List<ScopedFinding> findings(CommitteeInput input) {
    Region committee = new Region(input.code(), input.boundary());
    List<ScopedFinding> findings = new ArrayList<>();
    PartitionHealth.of(committee, input.comprehensiveGrids())
        .forEach(f -> findings.add(new ScopedFinding("comprehensive-grids", f)));
    PartitionHealth.of(committee, input.microGrids())
        .forEach(f -> findings.add(new ScopedFinding("micro-grids", f)));
    return findings;
  }
}
