package cn.onegrid.geo.editing;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * One change the cleaning made to a drawing, for the planner to see before saving. Said as a kind
 * and its arguments, no words: the caller puts them into the planner's language.
 *
 * @param kind what was done
 * @param areaChange m² the area gained (positive) or lost (negative) by it
 * @param where a place it concerns (the invalid spot, a clipped piece), in the drawing's CRS
 * @param args what the kind's words need, as each {@link Kind} says
 */
public record Cleaning(Kind kind, double areaChange, Coordinate where, List<Object> args) {

  public Cleaning {
    args = List.copyOf(args);
  }

  /** The cleaning steps, in the order they run. */
  public enum Kind {
    /**
     * An invalid ring (self-intersection, bow-tie, spike) repaired by GeometryFixer; argument: the
     * {@link Defect} found.
     */
    REPAIRED,
    /**
     * Vertices moved onto a neighbour's or the committee's border; argument: the snapping distance
     * in metres.
     */
    SNAPPED,
    /** What lay outside the committee cut away; no argument. */
    CLIPPED
  }
}
