package cn.onegrid.geo.editing;

import org.locationtech.jts.geom.Envelope;

/**
 * Coordinates sent as latitude, longitude where longitude, latitude was meant (or the other way):
 * the drawing misses where it should be, and lands there once swapped. In degrees.
 */
public final class SwappedCoordinates {

  private SwappedCoordinates() {}

  /** Whether drawn (lon/lat) misses expected but would meet it with x and y swapped. */
  public static boolean suspected(Envelope drawn, Envelope expected) {
    Envelope swapped =
        new Envelope(drawn.getMinY(), drawn.getMaxY(), drawn.getMinX(), drawn.getMaxX());
    return !drawn.intersects(expected) && swapped.intersects(expected);
  }
}
