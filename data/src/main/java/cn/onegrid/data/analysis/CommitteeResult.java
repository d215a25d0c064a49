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
 * @param catchment coverage by walking-radius catchments around the post locations
 * @param slots coverage by the drawn areas of the posts on duty, slot by slot
 * @param blindSpot the largest place away from every post
 * @param gridFindings partition health of its comprehensive grids and of its micro-grids
 */
public record CommitteeResult(
    CommitteeInput input,
    CoverageReport drawn,
    CoverageReport catchment,
    SlotCoverage slots,
    BlindSpot blindSpot,
    List<ScopedFinding> gridFindings) {

  /** A finding and what was being checked: {@code comprehensive-grids} or {@code micro-grids}. */
  public record ScopedFinding(String scope, Finding finding) {}
}
