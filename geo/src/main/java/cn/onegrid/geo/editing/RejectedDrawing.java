package cn.onegrid.geo.editing;

import org.locationtech.jts.geom.Coordinate;

/** A drawing that cannot be made into an area: why, and where when there is a place to point at. */
public final class RejectedDrawing extends RuntimeException {

  /** Why a drawing was refused. */
  public enum Reason {
    /** Not a polygon or multipolygon (a point, a line, a collection). */
    NOT_A_POLYGON,
    /** More vertices than an area may have. */
    TOO_MANY_VERTICES,
    /** Crossing itself too often to be repaired at a bounded cost. */
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

  public RejectedDrawing(Reason reason, String message, Coordinate location) {
    super(message);
    this.reason = reason;
    this.location = location;
  }

  public Reason reason() {
    return reason;
  }

  /** Where the problem is, in the drawing's CRS; null when it is the drawing as a whole. */
  public Coordinate location() {
    return location;
  }
}
