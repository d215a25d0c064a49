package cn.onegrid.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * A parent area (a committee) prepared to clip many shapes to it. Most shapes lie wholly inside or
 * wholly outside their parent, and an indexed predicate proves that far faster than an overlay
 * finds it: only shapes that cross the border are overlaid.
 */
public final class ParentClip {

  private final Geometry parent;
  private final PreparedGeometry prepared;

  public ParentClip(Geometry parent) {
    this.parent = parent;
    this.prepared = PreparedGeometryFactory.prepare(parent);
  }

  /**
   * The part of {@code shape} inside the parent: {@code shape} itself when the parent covers it, an
   * empty polygon when they share no point, otherwise their intersection (robust overlay).
   */
  public Geometry clip(Geometry shape) {
    if (!parent.getEnvelopeInternal().intersects(shape.getEnvelopeInternal())
        || !prepared.intersects(shape)) {
      return parent.getFactory().createPolygon();
    }
    if (prepared.covers(shape)) {
      return shape;
    }
    return OverlayNGRobust.overlay(shape, parent, OverlayNG.INTERSECTION);
  }
}
