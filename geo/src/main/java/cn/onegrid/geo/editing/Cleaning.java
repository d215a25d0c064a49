package cn.onegrid.geo.editing;

import org.locationtech.jts.geom.Coordinate;

/**
 * One change the cleaning made to a drawing, for the planner to see before saving.
 *
 * @param kind what was done
 * @param areaChange m² the area gained (positive) or lost (negative) by it
 * @param where a place it concerns (the invalid spot, a clipped piece), in the drawing's CRS
 * @param detail what was wrong or what was done, in words (JTS's validation message for repairs)
 */
public record Cleaning(Kind kind, double areaChange, Coordinate where, String detail) {

  /** The cleaning steps, in the order they run. */
  public enum Kind {
    /** An invalid ring (self-intersection, bow-tie, spike) repaired by GeometryFixer. */
    REPAIRED,
    /** Vertices moved onto a neighbour's or the committee's border within the tolerance. */
    SNAPPED,
    /** What lay outside the committee cut away. */
    CLIPPED
  }
}
