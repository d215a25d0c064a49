package cn.onegrid.server.tiles;

import cn.onegrid.data.features.FeatureRepository;
import cn.onegrid.data.features.Tile;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The simplified tiles below {@link FeatureRepository#EXACT_FROM_ZOOM}, kept in memory with the
 * data revision each was made at and served only while that is still the current revision. They are
 * few (a city has hundreds at zoom 13) and each costs PostgreSQL milliseconds; exact high-zoom
 * tiles are many and cheap, so they are never kept. Least recently used tiles go first when the
 * cache is over its size.
 */
@Component
class TileCache {

  record Key(String collection, int z, int x, int y) {}

  private final long maxBytes;
  private final LinkedHashMap<Key, Tile> tiles = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  TileCache(TilesProperties properties) {
    this.maxBytes = properties.cacheSize().toBytes();
  }

  boolean keeps(int z) {
    return maxBytes > 0 && z < FeatureRepository.EXACT_FROM_ZOOM;
  }

  /** The tile, if it was made at {@code revision}. */
  synchronized Optional<Tile> get(Key key, long revision) {
    Tile tile = tiles.get(key);
    return tile != null && tile.revision() == revision ? Optional.of(tile) : Optional.empty();
  }

  synchronized void put(Key key, Tile tile) {
    Tile kept = tiles.get(key);
    if ((kept != null && kept.revision() >= tile.revision()) || tile.mvt().length > maxBytes) {
      return; // a slower request must not replace a newer tile
    }
    if (kept != null) {
      bytes -= kept.mvt().length;
    }
    tiles.put(key, tile);
    bytes += tile.mvt().length;
    for (Iterator<Map.Entry<Key, Tile>> eldest = tiles.entrySet().iterator();
        bytes > maxBytes && eldest.hasNext(); ) {
      bytes -= eldest.next().getValue().mvt().length;
      eldest.remove();
    }
  }
}
