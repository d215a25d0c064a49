package cn.onegrid.server.basemaps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A base map from a local MBTiles file, made here: one PNG tile at 13/6860/3350 (Jiangqiao), stored
 * at its TMS row as MBTiles wants, and a tile whose bytes are no image.
 */
class MbtilesBasemapIT extends ApiTest {

  private static final byte[] TILE = png();
  private static final Path FILE = mbtiles();

  @DynamicPropertySource
  static void basemaps(DynamicPropertyRegistry registry) {
    registry.add("onegrid.basemaps.mbtiles.file", FILE::toString);
    registry.add("onegrid.basemaps.default-basemap", () -> "local");
  }

  @Test
  void configOffersTheLocalBaseMapAsTheDefault() {
    String config = get("/config").body();
    assertThat(config)
        .contains("\"defaultBasemap\":\"local\"")
        .contains("/basemaps/local/{z}/{x}/{y}")
        .contains("本地底图");
    assertThat(config).as("the file's place stays on the server").doesNotContain(FILE.toString());
  }

  @Test
  void aTileComesFromItsTmsRow() {
    HttpResponse<byte[]> tile = getBytes("/basemaps/local/13/6860/3350");
    assertThat(tile.statusCode()).isEqualTo(200);
    assertThat(tile.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(tile.body()).isEqualTo(TILE);
  }

  @Test
  void aTileTheFileLacksOrThatIsNoImageIs404() {
    assertThat(get("/basemaps/local/13/6860/3351").statusCode()).isEqualTo(404);
    HttpResponse<String> notImage = get("/basemaps/local/12/3430/1675");
    assertThat(notImage.statusCode()).isEqualTo(404);
    assertThat(notImage.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  private static byte[] png() {
    BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, Color.ORANGE.getRGB());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Path mbtiles() {
    try {
      Path file = Files.createTempDirectory("onegrid-mbtiles-").resolve("town.mbtiles");
      try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
        db.createStatement().execute("CREATE TABLE metadata (name TEXT, value TEXT)");
        db.createStatement()
            .execute(
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                    + " tile_data BLOB)");
        insert(db, 13, 6860, (1 << 13) - 1 - 3350, TILE);
        insert(db, 12, 3430, (1 << 12) - 1 - 1675, "not an image at all".getBytes());
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void insert(Connection db, int z, int x, int row, byte[] data)
      throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
      insert.setInt(1, z);
      insert.setInt(2, x);
      insert.setInt(3, row);
      insert.setBytes(4, data);
      insert.execute();
    }
  }
}
