package cn.onegrid.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.onegrid.data.InvalidQuery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an upload may be, and what no honest zip is: each refused with its message key. */
class UploadedFileTest {

  private static final long LIMIT = 1 << 20;

  @TempDir Path folder;

  @Test
  void aZippedShapefileIsUnpackedAndItsShpFound() throws IOException {
    byte[] zip =
        zip(
            Map.of(
                "村界/villages.shp",
                bytes(100),
                "村界/villages.shx",
                bytes(10),
                "村界/villages.dbf",
                bytes(10),
                "村界/villages.cpg",
                "GBK".getBytes()));
    Path dataset = receive("villages.zip", zip);
    assertThat(dataset.getFileName()).hasToString("villages.shp");
    assertThat(dataset).startsWith(folder).exists();
  }

  @Test
  void aShapefileWithoutItsShxIsRefused() throws IOException {
    byte[] zip = zip(Map.of("a.shp", bytes(100), "a.dbf", bytes(10)));
    assertThat(refusal("a.zip", zip).key()).isEqualTo("transfer.shapefile-part-missing");
    assertThat(refusal("a.zip", zip).args()).containsExactly("a.shp", "shx");
  }

  @Test
  void aShapefileWithoutItsDbfIsRefused() throws IOException {
    byte[] zip = zip(Map.of("a.shp", bytes(100), "a.shx", bytes(10)));
    assertThat(refusal("a.zip", zip).args()).containsExactly("a.shp", "dbf");
  }

  @Test
  void aZipBombStopsAtTheLimit() throws IOException {
    byte[] zip = zip(Map.of("a.geojson", new byte[(int) LIMIT * 8]));
    assertThat(zip.length).isLessThan(100_000);
    assertThat(refusal("bomb.zip", zip).key()).isEqualTo("transfer.zip-too-large");
    assertThat(Files.size(folder.resolve("unpacked/a.geojson")))
        .isLessThanOrEqualTo(LIMIT + (1 << 16));
  }

  @Test
  void anEntryClimbingOutOfItsFolderIsRefusedAndNotWritten() throws IOException {
    byte[] zip = zip(Map.of("../escaped.geojson", bytes(10)));
    InvalidQuery refused = refusal("a.zip", zip);
    assertThat(refused.key()).isEqualTo("transfer.zip-entry-outside");
    assertThat(refused.args()).containsExactly("../escaped.geojson");
    assertThat(folder.resolve("escaped.geojson")).doesNotExist();
    assertThat(folder.getParent().resolve("escaped.geojson")).doesNotExist();
  }

  @Test
  void anAbsoluteEntryIsRefused() throws IOException {
    assertThat(refusal("a.zip", zip(Map.of("/tmp/x.geojson", bytes(10)))).key())
        .isEqualTo("transfer.zip-entry-outside");
  }

  @Test
  void aCorruptZipIsSaidToBeOne() {
    assertThat(refusal("a.zip", bytes(5_000)).key()).isEqualTo("transfer.zip-corrupt");
  }

  @Test
  void anUploadOverTheLimitIsRefused() {
    assertThat(refusal("big.geojson", new byte[(int) LIMIT + 1]).key())
        .isEqualTo("transfer.upload-too-large");
  }

  @Test
  void aFileOfAnotherKindIsRefused() {
    InvalidQuery refused = refusal("run.sh", bytes(10));
    assertThat(refused.key()).isEqualTo("transfer.upload-type");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aZipWithNoDatasetIsRefused() throws IOException {
    assertThat(refusal("a.zip", zip(Map.of("readme.txt", bytes(10)))).key())
        .isEqualTo("transfer.no-dataset");
  }

  @Test
  void aPlainFileKeepsOnlyItsExtension() {
    Path dataset = receive("../../posts.GeoJSON", bytes(10));
    assertThat(dataset).isEqualTo(folder.resolve("upload.geojson"));
  }

  private Path receive(String name, byte[] content) {
    return UploadedFile.receive(name, new ByteArrayInputStream(content), folder, LIMIT, LIMIT);
  }

  private InvalidQuery refusal(String name, byte[] content) {
    return catchThrowableOfType(InvalidQuery.class, () -> receive(name, content));
  }

  private static byte[] bytes(int n) {
    byte[] bytes = new byte[n];
    new Random(n).nextBytes(bytes);
    return bytes;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : new LinkedHashMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
