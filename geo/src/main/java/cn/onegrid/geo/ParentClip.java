package cn.onegrid.geo;

import java.util.IdentityHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * A parent area (a committee) prepared to clip many shapes to it. Most shapes lie wholly inside or
 * wholly outside their parent, and an indexed predicate proves that far faster than an overlay
 * finds it: only shapes that cross the border are overlaid. Each shape's clip is remembered (by
 * identity), so analyses of one committee that share a {@code ParentClip} clip each post area once.
 * Not thread-safe: one per committee and thread.
 */
public final class ParentClip {

  private final Geometry parent;
  private final PreparedGeometry prepared;
  private final Map<Geometry, Geometry> clips = new IdentityHashMap<>();

  public ParentClip(Geometry parent) {
    this.parent = parent;
    this.prepared = PreparedGeometryFactory.prepare(parent);
  }

  /**
   * The part of {@code shape} inside the parent: {@code shape} itself when the parent covers it, an
   * empty polygon when they share no point, otherwise their intersection (robust overlay).
   */
  public Geometry clip(Geometry shape) {
    return clips.computeIfAbsent(shape, this::inside);
  }

  /** The parent area. */
  public Geometry parent() {
    return parent;
  }

  private Geometry inside(Geometry shape) {
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
