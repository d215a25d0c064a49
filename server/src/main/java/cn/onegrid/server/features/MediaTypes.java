package cn.onegrid.server.features;

/** The media types OneGrid speaks. */
public final class MediaTypes {

  public static final String JSON = "application/json";
  public static final String GEOJSON = "application/geo+json";
  public static final String HTML = "text/html";
  public static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
  public static final String MVT = "application/vnd.mapbox-vector-tile";

  /** TileJSON has no registered type; this is the one Mapbox's clients send. */
  public static final String TILEJSON = "application/vnd.mapbox.tile+json";

  public static final String PROBLEM = "application/problem+json";

  private MediaTypes() {}
}
