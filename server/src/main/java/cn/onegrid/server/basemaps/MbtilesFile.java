package cn.onegrid.server.basemaps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.sqlite.SQLiteConfig;

/**
 * A base map from a local MBTiles file that the town provides: a SQLite database with the MBTiles
 * 1.3 {@code tiles(zoom_level, tile_column, tile_row, tile_data)}, rows counted from the south
 * (TMS), so row = 2^z − 1 − y. Opened read-only for each tile (SQLite opens in well under a
 * millisecond); a tile that is not a PNG, JPEG or WebP image is not served.
 */
final class MbtilesFile {

  private static final String TILE =
      "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?";

  private final Path file;
  private final SQLiteConfig readOnly = new SQLiteConfig();

  /** Fails at start when the file cannot be read: a setting that names it must mean it. */
  MbtilesFile(Path file) {
    if (!Files.isReadable(file)) {
      throw new IllegalStateException(
          "The base map file " + file + " (onegrid.basemaps.mbtiles.file) cannot be read");
    }
    this.file = file.toAbsolutePath();
    readOnly.setReadOnly(true);
  }

  /** The tile at z/x/y (rows from the north, as the page asks), if the file has it. */
  Optional<BasemapTile> tile(int z, int x, int y) {
    try (Connection connection = readOnly.createConnection("jdbc:sqlite:" + file);
        PreparedStatement query = connection.prepareStatement(TILE)) {
      query.setInt(1, z);
      query.setInt(2, x);
      query.setInt(3, (1 << z) - 1 - y);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        byte[] bytes = row.getBytes(1);
        return typeOf(bytes).map(type -> new BasemapTile(type, bytes));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The base map file " + file + " cannot be read", e);
    }
  }

  /** The image type of a tile from its first bytes (MBTiles' metadata may be missing or wrong). */
  static Optional<MediaType> typeOf(byte[] bytes) {
    if (bytes == null || bytes.length < 12) {
      return Optional.empty();
    }
    if ((bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return Optional.of(MediaType.IMAGE_PNG);
    }
    if ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
      return Optional.of(MediaType.IMAGE_JPEG);
    }
    if (bytes[0] == 'R' && bytes[1] == 'I' && bytes[8] == 'W' && bytes[9] == 'E') {
      return Optional.of(BasemapTile.IMAGES.get(2));
    }
    return Optional.empty();
  }
}
