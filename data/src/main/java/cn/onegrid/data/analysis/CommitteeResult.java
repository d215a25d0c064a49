package cn.onegrid.data.analysis;

import cn.onegrid.geo.coverage.CoverageReport;
import cn.onegrid.geo.health.Finding;
import cn.onegrid.geo.patrol.SlotCoverage;
import cn.onegrid.geo.siting.BlindSpot;
import java.util.List;

/**
 * Everything analysis found in one committee, in metres.
 *
 * @param drawn coverage by the drawn responsibility areas
 * @param catchmentRatio the share of the committee within walking distance of some post (the
 *     catchments' gaps, overlaps and shares are not stored, so not computed)
 * @param slots coverage by the drawn areas of the posts on duty, slot by slot
 * @param blindSpot the largest place away from every post
 * @param gridFindings partition health of its comprehensive grids and of its micro-grids
 */
public record CommitteeResult(
    CommitteeInput input,
    CoverageReport drawn,
    double catchmentRatio,
    SlotCoverage slots,
    BlindSpot blindSpot,
    List<ScopedFinding> gridFindings) {

  /** A finding and what was being checked: {@code comprehensive-grids} or {@code micro-grids}. */
  public record ScopedFinding(String scope, Finding finding) {}
}
