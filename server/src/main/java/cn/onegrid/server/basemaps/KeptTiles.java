package cn.onegrid.server.basemaps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.MediaType;

/**
 * The base-map tiles fetched, kept on disk ({@code layer/z/x/y.png}) so that each is fetched once,
 * and kept under a size cap: past it, the least recently fetched go first, down to nine tenths of
 * the cap. A tile is kept for {@link #KEPT_FOR}, then fetched again. A cap of 0 keeps nothing.
 */
final class KeptTiles {

  static final Duration KEPT_FOR = Duration.ofDays(30);

  private final Path dir;
  private final long capBytes;
  private long size;

  KeptTiles(Path dir, long capBytes) {
    this.dir = dir;
    this.capBytes = capBytes;
    this.size = capBytes > 0 ? files().mapToLong(KeptTiles::length).sum() : 0;
  }

  /** The kept tile, if there is one younger than {@link #KEPT_FOR}. */
  Optional<BasemapTile> get(String layer, int z, int x, int y) {
    if (capBytes == 0) {
      return Optional.empty();
    }
    Instant fresh = Instant.now().minus(KEPT_FOR);
    for (MediaType type : BasemapTile.IMAGES) {
      Path file = file(layer, z, x, y, new BasemapTile(type, null).suffix());
      try {
        if (Files.getLastModifiedTime(file).toInstant().isAfter(fresh)) {
          return Optional.of(new BasemapTile(type, Files.readAllBytes(file)));
        }
      } catch (IOException absentOrGone) {
        // not kept (or evicted meanwhile): try the next type
      }
    }
    return Optional.empty();
  }

  /** Keeps this tile, evicting the oldest ones when the cap is passed. */
  synchronized void put(String layer, int z, int x, int y, BasemapTile tile) {
    if (tile.bytes().length > capBytes) {
      return;
    }
    Path file = file(layer, z, x, y, tile.suffix());
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), "tile", ".part");
      Files.write(partial, tile.bytes());
      size -= Files.exists(file) ? Files.size(file) : 0;
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      size += tile.bytes().length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size > capBytes) {
      evict(capBytes * 9 / 10);
    }
  }

  private void evict(long target) {
    List<Path> oldestFirst =
        files()
            .sorted(Comparator.comparing(KeptTiles::modified).thenComparing(Path::toString))
            .toList();
    for (Path file : oldestFirst) {
      if (size <= target) {
        return;
      }
      long length = length(file);
      try {
        Files.deleteIfExists(file);
        size -= length;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Path file(String layer, int z, int x, int y, String suffix) {
    return dir.resolve(layer)
        .resolve(String.valueOf(z))
        .resolve(String.valueOf(x))
        .resolve(y + "." + suffix);
  }

  private Stream<Path> files() {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long length(Path file) {
    try {
      return Files.size(file);
    } catch (IOException gone) {
      return 0;
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException gone) {
      return FileTime.fromMillis(0);
    }
  }
}
