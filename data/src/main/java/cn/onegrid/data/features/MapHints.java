package cn.onegrid.data.features;

/**
 * How the town map shows a collection; served with the collection, so the page keeps no copy.
 *
 * @param minZoom the lowest WebMercatorQuad zoom the map asks for it and its tiles are served at
 * @param maxZoom the highest zoom its tiles are served at
 * @param drawOrder stacking on the map, higher on top (so the smaller features win a click)
 * @param card the card a click opens: {@code committee}, {@code grid}, {@code post}, or null
 * @param opens the collection whose card a click opens when not this one (analysis layers open
 *     their committee's), or null
 * @param on whether the layer is shown when the page opens
 * @param labels the zoom from which features carry name labels, or null for none
 * @param marker how points are drawn: {@code post}, {@code blind-spot}, or null for none
 */
public record MapHints(
    int minZoom,
    int maxZoom,
    int drawOrder,
    String card,
    String opens,
    boolean on,
    Integer labels,
    String marker) {

  /** The deepest zoom anything is served at. */
  public static final int MAX_ZOOM = 22;

  /** A layer whose tiles go up to {@link #MAX_ZOOM}, without labels or markers. */
  public static MapHints layer(int minZoom, int drawOrder, String card, boolean on) {
    return new MapHints(minZoom, MAX_ZOOM, drawOrder, card, null, on, null, null);
  }

  public MapHints opening(String collection) {
    return new MapHints(minZoom, maxZoom, drawOrder, card, collection, on, labels, marker);
  }

  public MapHints labelledFrom(int zoom) {
    return new MapHints(minZoom, maxZoom, drawOrder, card, opens, on, zoom, marker);
  }

  public MapHints marked(String pointMarker) {
    return new MapHints(minZoom, maxZoom, drawOrder, card, opens, on, labels, pointMarker);
  }
}
