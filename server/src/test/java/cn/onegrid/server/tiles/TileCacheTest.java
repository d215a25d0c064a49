package cn.onegrid.server.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.features.Tile;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class TileCacheTest {

  private static final TileCache.Key A = new TileCache.Key("micro-grids", 13, 6856, 3346);
  private static final TileCache.Key B = new TileCache.Key("micro-grids", 13, 6857, 3346);

  private final TileCache cache = new TileCache(new TilesProperties(DataSize.ofBytes(10)));

  @Test
  void aTileIsServedOnlyAtTheRevisionItWasMadeAt() {
    cache.put(A, new Tile(new byte[] {1}, 7));
    assertThat(cache.get(A, 7)).isPresent();
    assertThat(cache.get(A, 8)).isEmpty();
  }

  @Test
  void anOlderTileNeverReplacesANewerOne() {
    cache.put(A, new Tile(new byte[] {2}, 8));
    cache.put(A, new Tile(new byte[] {1}, 7));
    assertThat(cache.get(A, 8)).hasValueSatisfying(t -> assertThat(t.mvt()).containsExactly(2));
  }

  @Test
  void theLeastRecentlyUsedTileGoesWhenFull() {
    cache.put(A, new Tile(new byte[6], 1));
    cache.put(B, new Tile(new byte[6], 1));
    assertThat(cache.get(A, 1)).isEmpty();
    assertThat(cache.get(B, 1)).isPresent();
  }

  @Test
  void onlySimplifiedZoomsAreKept() {
    assertThat(cache.keeps(14)).isTrue();
    assertThat(cache.keeps(15)).isFalse();
    assertThat(new TileCache(new TilesProperties(DataSize.ofBytes(0))).keeps(13)).isFalse();
  }
}
