package cn.onegrid.geo.editing;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * A drawing that cannot be made into an area: why, with the arguments the reason's words need (the
 * caller says them in its people's language), and where when there is a place to point at. The
 * message, for logs, is the reason and its arguments.
 */
public final class RejectedDrawing extends RuntimeException {

  /** Why a drawing was refused. */
  public enum Reason {
    /** Not a polygon or multipolygon (a point, a line, a collection); argument: its type. */
    NOT_A_POLYGON,
    /** More vertices than an area may have; arguments: the most allowed, the number drawn. */
    TOO_MANY_VERTICES,
    /** Crossing itself too often to be repaired at a bounded cost; argument: the most allowed. */
    TOO_COMPLEX,
    /** Empty, or no area (its points on a line), or nothing left after repair. */
    EMPTY,
    /** Nothing of it inside its committee. */
    OUTSIDE_COMMITTEE,
    /** Its thread was interrupted (out of time, or nobody waits for the answer any more). */
    STOPPED
  }

  private final Reason reason;
  private final transient Coordinate location;
  private final transient List<Object> args;

  public RejectedDrawing(Reason reason, Coordinate location, Object... args) {
    super(reason + " " + Arrays.toString(args));
    this.reason = reason;
    this.location = location;
    this.args = List.of(args);
  }

  public Reason reason() {
    return reason;
  }

  /** What the reason's words need, as each {@link Reason} says. */
  public List<Object> args() {
    return args;
  }

  /** Where the problem is, in the drawing's CRS; null when it is the drawing as a whole. */
  public Coordinate location() {
    return location;
  }
}
