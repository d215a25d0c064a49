package cn.onegrid.geo.health;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One problem in a partition.
 *
 * @param kind what is wrong
 * @param shape where, normalized
 * @param area its area in m² (0 for a hole that another child fills exactly: still reported)
 * @param featureIds the children involved, in id order
 * @param fixes what would repair it, when that is clear; empty otherwise
 */
public record Finding(
    Kind kind, Geometry shape, double area, List<String> featureIds, List<Fix> fixes) {

  public Finding {
    featureIds = List.copyOf(featureIds);
    fixes = List.copyOf(fixes);
  }

  public enum Kind {
    /** Two children claim the same ground. */
    OVERLAP,
    /** Ground of the parent that no child claims. */
    GAP,
    /** A child reaches outside its parent. */
    OUTSIDE_PARENT,
    /** A child, or a part of one, narrower than the sliver width. */
    SLIVER,
    /** A child in several pieces: the finding is one of its smaller pieces. */
    MULTIPART,
    /** A hole in a child; other children may fill it (an enclave) or not (then also a gap). */
    HOLE
  }

  /**
   * A repair.
   *
   * @param action {@code merge-into} (give the shape to {@code targetId}) or {@code clip-to-parent}
   * @param targetId the child that receives the shape, or the child to clip
   */
  public record Fix(String action, String targetId) {
    public static Fix mergeInto(String targetId) {
      return new Fix("merge-into", targetId);
    }

    public static Fix clipToParent(String childId) {
      return new Fix("clip-to-parent", childId);
    }
  }
}
