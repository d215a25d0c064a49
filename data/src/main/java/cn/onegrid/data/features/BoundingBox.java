package cn.onegrid.data.features;

import cn.onegrid.data.InvalidQuery;
import java.util.List;

/**
 * A bounding box with its axes resolved: x is longitude or easting, y latitude or northing,
 * whatever the order it was written in. A box whose west edge ({@code minX}) is east of its east
 * edge crosses the antimeridian (OGC API - Features Part 1, 7.15.3): it stands for two boxes, one
 * on each side ({@link #parts}).
 */
public record BoundingBox(double minX, double minY, double maxX, double maxY, Crs crs) {

  /** Half the width of the world in EPSG:3857 metres: where the antimeridian is. */
  private static final double MERCATOR_HALF_WIDTH = 20_037_508.342789244;

  /**
   * Reads an OGC {@code bbox} value: four numbers (or six, with heights, which are ignored) in the
   * axis order of {@code crs}.
   */
  public static BoundingBox parse(String text, Crs crs) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw InvalidQuery.of("bbox", "query.bbox-count", parts.length, text);
    }
    double[] n = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      n[i] = number(parts[i], i, text);
    }
    int half = parts.length / 2;
    double lowA = n[0], lowB = n[1], highA = n[half], highB = n[half + 1];
    BoundingBox box =
        crs.latitudeFirst()
            ? new BoundingBox(lowB, lowA, highB, highA, crs)
            : new BoundingBox(lowA, lowB, highA, highB, crs);
    box.check(text);
    return box;
  }

  private static double number(String part, int index, String text) {
    try {
      double value = Double.parseDouble(part.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidQuery.of("bbox", "query.bbox-number", index + 1, part, text);
  }

  /** True when the box's west edge is east of its east edge: it crosses the antimeridian. */
  public boolean crossesAntimeridian() {
    return minX > maxX;
  }

  /**
   * The box as boxes that do not cross the antimeridian: itself, or its parts west and east of it.
   */
  public List<BoundingBox> parts() {
    if (!crossesAntimeridian()) {
      return List.of(this);
    }
    double edge = crs.srid() == 3857 ? MERCATOR_HALF_WIDTH : 180;
    return List.of(
        new BoundingBox(minX, minY, edge, maxY, crs),
        new BoundingBox(-edge, minY, maxX, maxY, crs));
  }

  private void check(String text) {
    if (minY > maxY) {
      throw InvalidQuery.of("bbox", "query.bbox-upside-down", text);
    }
    if (crs.srid() != 3857 && (minY < -90 || maxY > 90 || minX < -180 || maxX > 180)) {
      throw InvalidQuery.of("bbox", "query.bbox-range", text);
    }
  }
}
