package cn.onegrid.data.features;

import cn.onegrid.data.InvalidQuery;

/**
 * A bounding box with its axes resolved: x is longitude or easting, y latitude or northing,
 * whatever the order it was written in.
 */
public record BoundingBox(double minX, double minY, double maxX, double maxY, Crs crs) {

  /**
   * Reads an OGC {@code bbox} value: four numbers (or six, with heights, which are ignored) in the
   * axis order of {@code crs}.
   */
  public static BoundingBox parse(String text, Crs crs) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw new InvalidQuery(
          "bbox",
          "bbox must have 4 numbers (or 6 with heights), comma-separated; got "
              + parts.length
              + ": "
              + text);
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
    throw new InvalidQuery(
        "bbox", "bbox value " + (index + 1) + " is not a number: '" + part + "' in " + text);
  }

  private void check(String text) {
    if (minY > maxY) {
      throw new InvalidQuery(
          "bbox", "bbox lower " + axis(false) + " is above its upper one: " + text);
    }
    if (minX > maxX) {
      throw new InvalidQuery(
          "bbox",
          "bbox lower "
              + axis(true)
              + " is greater than its upper one (boxes across the antimeridian are not served): "
              + text);
    }
    if (crs.srid() != 3857 && (minY < -90 || maxY > 90 || minX < -180 || maxX > 180)) {
      throw new InvalidQuery(
          "bbox", "bbox is outside -180..180 longitude, -90..90 latitude: " + text);
    }
  }

  private String axis(boolean x) {
    if (crs.srid() == 3857) {
      return x ? "easting" : "northing";
    }
    return x ? "longitude" : "latitude";
  }
}
