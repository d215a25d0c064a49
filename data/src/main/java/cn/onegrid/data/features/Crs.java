package cn.onegrid.data.features;

import cn.onegrid.data.InvalidQuery;
import java.util.Arrays;
import java.util.List;

/**
 * The coordinate reference systems OneGrid serves (OGC API - Features Part 2). Geometry is stored
 * in EPSG:4326; PostGIS reprojects. EPSG:4326 and EPSG:4490 (CGCS2000) have latitude first, so
 * their coordinates are flipped on the way out and bounding boxes in them are read latitude first.
 */
public enum Crs {
  CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false, 7),
  EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true, 7),
  EPSG_4490("http://www.opengis.net/def/crs/EPSG/0/4490", 4490, true, 7),
  EPSG_3857("http://www.opengis.net/def/crs/EPSG/0/3857", 3857, false, 2);

  private final String uri;
  private final int srid;
  private final boolean latitudeFirst;
  private final int decimals;

  Crs(String uri, int srid, boolean latitudeFirst, int decimals) {
    this.uri = uri;
    this.srid = srid;
    this.latitudeFirst = latitudeFirst;
    this.decimals = decimals;
  }

  public String uri() {
    return uri;
  }

  public int srid() {
    return srid;
  }

  /** True when the CRS's first axis is latitude (northing). */
  public boolean latitudeFirst() {
    return latitudeFirst;
  }

  /** Decimal places in output: 7 in degrees (about 1 cm), 2 in metres. */
  public int decimals() {
    return decimals;
  }

  public static List<String> uris() {
    return Arrays.stream(values()).map(Crs::uri).toList();
  }

  /** The CRS named by {@code uri} in parameter {@code parameter}, or a 400-worthy error. */
  public static Crs fromUri(String parameter, String uri) {
    return Arrays.stream(values())
        .filter(crs -> crs.uri.equals(uri.strip()))
        .findFirst()
        .orElseThrow(() -> InvalidQuery.of(parameter, "query.crs", parameter, uri, uris()));
  }
}
