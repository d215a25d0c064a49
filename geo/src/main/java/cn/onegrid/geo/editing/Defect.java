package cn.onegrid.geo.editing;

import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * What made a drawing invalid before it was repaired: JTS's validation error types, as names a
 * caller can put into words in its own language (JTS's messages are English).
 */
public enum Defect {
  /** Any error JTS has no type for. */
  OTHER,
  REPEATED_POINT,
  HOLE_OUTSIDE_SHELL,
  NESTED_HOLES,
  /** A hole cuts the area in two. */
  DISCONNECTED_INTERIOR,
  /** Rings cross, or a ring crosses itself (a bow-tie). */
  SELF_INTERSECTION,
  /** A ring touches itself at a point. */
  RING_SELF_INTERSECTION,
  NESTED_SHELLS,
  DUPLICATE_RINGS,
  TOO_FEW_POINTS,
  INVALID_COORDINATE,
  RING_NOT_CLOSED;

  /** The defect JTS reported; the enum's order is {@link TopologyValidationError}'s type codes. */
  static Defect of(TopologyValidationError error) {
    int type = error.getErrorType();
    Defect[] all = values();
    return type > 0 && type < all.length ? all[type] : OTHER;
  }
}
