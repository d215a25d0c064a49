package cn.onegrid.geo.coverage;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Duty-post coverage of one committee. Areas in m².
 *
 * @param committeeArea the committee's area
 * @param coveredArea the part of the committee inside at least one post's area
 * @param uncovered the part inside none (a gap polygon per connected piece), normalized
 * @param overlaps each place where two posts' areas meet inside the committee, largest first
 * @param overlapArea the area covered by two or more posts, each place counted once (the union of
 *     the overlaps)
 * @param postShares each post's area inside the committee, by post id
 */
public record CoverageReport(
    double committeeArea,
    double coveredArea,
    Geometry uncovered,
    List<Overlap> overlaps,
    double overlapArea,
    List<PostShare> postShares) {

  public CoverageReport {
    overlaps = List.copyOf(overlaps);
    postShares = List.copyOf(postShares);
  }

  /** Covered area over committee area, 0 for an empty committee. */
  public double ratio() {
    return committeeArea > 0 ? coveredArea / committeeArea : 0;
  }

  public double uncoveredArea() {
    return uncovered.getArea();
  }

  /**
   * Where two posts' areas overlap inside the committee.
   *
   * @param postIds the two posts, in id order
   * @param shape the overlap, normalized
   * @param area its area
   */
  public record Overlap(List<String> postIds, Geometry shape, double area) {
    public Overlap {
      postIds = List.copyOf(postIds);
    }
  }

  /** A post's area inside the committee. */
  public record PostShare(String postId, double area) {}
}
