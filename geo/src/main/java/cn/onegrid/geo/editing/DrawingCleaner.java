package cn.onegrid.geo.editing;

import cn.onegrid.geo.Dust;
import cn.onegrid.geo.Tolerance;
import cn.onegrid.geo.editing.RejectedDrawing.Reason;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlay.snap.GeometrySnapper;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Cleans a free drawing of a post's or grid's area: repairs invalid rings, snaps it to the borders
 * around it (its neighbours' areas and its committee's boundary) so shared borders stay shared, and
 * clips it to its committee. Refuses what cannot be an area. All in a metric CRS.
 *
 * <p>The work is bounded: a drawing is refused before any costly step when it has more than {@link
 * #MAX_VERTICES} vertices or, if it needs repair, more than {@link #MAX_CROSSINGS} self-crossings
 * (repair grows much faster than the crossings: 1,500 random vertices cross 250,000 times, which
 * took GeometryFixer half a minute and gigabytes). JTS itself cannot be interrupted, so between
 * steps the cleaning stops with {@link Reason#STOPPED} when its thread has been interrupted; the
 * bounds keep each step short.
 */
public final class DrawingCleaner {

  /** The most vertices an area may have: more is a mistake (a traced image, a pasted file). */
  public static final int MAX_VERTICES = 10_000;

  /** The most self-crossings a drawing may have to be repaired: a hand-drawn ring has a few. */
  public static final int MAX_CROSSINGS = 500;

  /** Default snapping distance, in metres. */
  public static final double SNAP_TOLERANCE = 2.0;

  private DrawingCleaner() {}

  /** Cleans with the default snapping distance. */
  public static CleanedDrawing clean(Geometry drawn, Geometry committee, Geometry neighbours) {
    return clean(drawn, committee, neighbours, SNAP_TOLERANCE);
  }

  /**
   * @param drawn what the planner drew
   * @param committee the committee the area belongs to
   * @param neighbours the areas around it it should share borders with (may be empty)
   * @param snapTolerance metres within which vertices move onto those borders
   * @throws RejectedDrawing when it is not polygonal, too large or complex, without area, outside
   *     the committee, or its thread was interrupted
   */
  public static CleanedDrawing clean(
      Geometry drawn, Geometry committee, Geometry neighbours, double snapTolerance) {
    if (!(drawn instanceof Polygonal)) {
      throw new RejectedDrawing(Reason.NOT_A_POLYGON, null, drawn.getGeometryType());
    }
    if (drawn.getNumPoints() > MAX_VERTICES) {
      throw new RejectedDrawing(Reason.TOO_MANY_VERTICES, null, MAX_VERTICES, drawn.getNumPoints());
    }
    if (drawn.isEmpty()) {
      throw new RejectedDrawing(Reason.EMPTY, null);
    }
    List<Cleaning> cleanings = new ArrayList<>();
    Geometry shape = withArea(repaired(drawn, cleanings));
    stopIfInterrupted();
    shape =
        snapped(
            shape,
            committee.getBoundary().union(neighbours.getBoundary()),
            snapTolerance,
            cleanings);
    stopIfInterrupted();
    shape = clipped(shape, committee, cleanings);
    return new CleanedDrawing(shape, List.copyOf(cleanings));
  }

  private static Geometry repaired(Geometry drawn, List<Cleaning> cleanings) {
    TopologyValidationError error = new IsValidOp(drawn).getValidationError();
    if (error == null) {
      return drawn;
    }
    long crossings = SelfCrossings.count(drawn, MAX_CROSSINGS);
    if (crossings > MAX_CROSSINGS) {
      throw new RejectedDrawing(Reason.TOO_COMPLEX, error.getCoordinate(), MAX_CROSSINGS);
    }
    stopIfInterrupted();
    Geometry fixed = polygonal(GeometryFixer.fix(drawn));
    if (fixed.isEmpty() || fixed.getArea() < Tolerance.AREA) {
      throw new RejectedDrawing(Reason.EMPTY, error.getCoordinate());
    }
    cleanings.add(
        new Cleaning(
            Cleaning.Kind.REPAIRED,
            fixed.getArea() - drawn.getArea(),
            error.getCoordinate(),
            List.of(Defect.of(error))));
    return fixed;
  }

  /**
   * The shape, unless it is all dust: points on a line enclose nothing, but projected from degrees
   * they become a sliver centimetres wide and a few m² in area, which is no area either.
   */
  private static Geometry withArea(Geometry shape) {
    if (Dust.without(shape).isEmpty()) {
      throw new RejectedDrawing(Reason.EMPTY, shape.getInteriorPoint().getCoordinate());
    }
    return shape;
  }

  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new RejectedDrawing(Reason.STOPPED, null);
    }
  }

  private static Geometry snapped(
      Geometry shape, Geometry borders, double tolerance, List<Cleaning> cleanings) {
    if (borders.isEmpty() || tolerance <= 0) {
      return shape;
    }
    Geometry snapped =
        polygonal(GeometryFixer.fix(new GeometrySnapper(shape).snapTo(borders, tolerance)));
    if (snapped.equalsExact(shape)) {
      return shape;
    }
    double moved = OverlayNGRobust.overlay(snapped, shape, OverlayNG.SYMDIFFERENCE).getArea();
    if (moved >= Tolerance.AREA) {
      cleanings.add(
          new Cleaning(
              Cleaning.Kind.SNAPPED,
              snapped.getArea() - shape.getArea(),
              null,
              List.of(tolerance)));
    }
    return snapped;
  }

  private static Geometry clipped(Geometry shape, Geometry committee, List<Cleaning> cleanings) {
    Geometry inside = polygonal(OverlayNGRobust.overlay(shape, committee, OverlayNG.INTERSECTION));
    if (inside.getArea() < Tolerance.AREA) {
      throw new RejectedDrawing(Reason.OUTSIDE_COMMITTEE, shape.getInteriorPoint().getCoordinate());
    }
    Geometry outside =
        Dust.without(OverlayNGRobust.overlay(shape, committee, OverlayNG.DIFFERENCE));
    if (outside.isEmpty()) {
      return inside; // at most hairlines along the border: clipped, nothing to report
    }
    cleanings.add(
        new Cleaning(
            Cleaning.Kind.CLIPPED,
            inside.getArea() - shape.getArea(),
            outside.getInteriorPoint().getCoordinate(),
            List.of()));
    return inside;
  }

  /** The polygons of a geometry (overlay and repair can leave lines and points beside them). */
  static Geometry polygonal(Geometry geometry) {
    return geometry.getFactory().buildGeometry(PolygonExtracter.getPolygons(geometry));
  }
}
