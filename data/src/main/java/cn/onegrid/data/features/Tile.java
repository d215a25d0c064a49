package cn.onegrid.data.features;

/**
 * One vector tile.
 *
 * @param mvt the Mapbox vector tile; empty when no feature reaches the tile
 * @param revision the data revision it was made at
 */
public record Tile(byte[] mvt, long revision) {

  public boolean isEmpty() {
    return mvt.length == 0;
  }
}
