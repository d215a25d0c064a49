package cn.onegrid.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;

/**
 * Each kind of bad upload gets a 4xx problem document that says what is wrong, in Chinese by
 * default and in English when asked, and nothing is written: no plan, no mapping kept.
 */
@TestPropertySource(properties = "onegrid.security.max-upload=1MB")
class ImportBadInputIT extends ApiTest {

  private static final Map<String, String> COMMITTEES = Map.of("target", "committees");

  @TempDir Path work;

  @AfterEach
  void nothingWritten() {
    assertThat(count("plan")).isZero();
    assertThat(count("import_mapping")).isZero();
  }

  @Test
  void aCorruptZip() {
    refused(
        upload("c.zip", "PK\u0003\u0004 not a zip at all".getBytes(), COMMITTEES), 400, "c.zip");
  }

  @Test
  void aShapefileWithoutItsShx() throws IOException {
    Path source = committeesGeoJson();
    Files.createDirectories(work.resolve("shp"));
    ImportFiles.ogr2ogr(work, "-f", "ESRI Shapefile", "shp/c.shp", source.toString());
    byte[] zip = ImportFiles.zip(work.resolve("shp/c.shp"), work.resolve("shp/c.dbf"));
    refused(upload("c.zip", zip, COMMITTEES), 400, ".shx");
  }

  @Test
  void aShapefileWithoutPrjAndNoCrsChosen() throws IOException {
    Path source = committeesGeoJson();
    Files.createDirectories(work.resolve("shp"));
    ImportFiles.ogr2ogr(work, "-f", "ESRI Shapefile", "shp/c.shp", source.toString());
    byte[] zip =
        ImportFiles.zip(
            work.resolve("shp/c.shp"), work.resolve("shp/c.shx"), work.resolve("shp/c.dbf"));
    refused(upload("c.zip", zip, COMMITTEES), 400, "坐标系");
  }

  @Test
  void metresReadAsDegreesAreTheWrongCrs() throws IOException {
    Path gk = work.resolve("gk.geojson");
    ImportFiles.ogr2ogr(
        work,
        "-f",
        "GeoJSON",
        "-t_srs",
        "EPSG:4549",
        "-lco",
        "WRITE_NAME=NO",
        gk.toString(),
        committeesGeoJson().toString());
    // drop the CRS the file says, and choose degrees for it
    String text = Files.readString(gk).replaceAll("\"crs\":\\s*\\{[^}]*\\}\\s*\\},?", "");
    refused(
        upload(
            "gk.geojson",
            text.getBytes(StandardCharsets.UTF_8),
            Map.of("target", "committees", "crs", "4490")),
        400,
        "坐标系不对");
  }

  @Test
  void anUploadOverTheLimit() {
    byte[] big = new byte[1_100_000];
    HttpResponse<String> response = upload("big.geojson", big, COMMITTEES);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void aZipBomb() {
    refused(
        upload("bomb.zip", ImportFiles.zipOf("c.geojson", 12_000_000), COMMITTEES),
        400,
        "bomb.zip");
  }

  @Test
  void aZipEntryClimbingOutOfItsFolder() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("../../evil.geojson"));
      zip.write("{}".getBytes());
      zip.closeEntry();
    }
    refused(upload("evil.zip", bytes.toByteArray(), COMMITTEES), 400, "../../evil.geojson");
  }

  @Test
  void aFileWithoutFeatures() {
    byte[] empty = "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes();
    refused(upload("empty.geojson", empty, COMMITTEES), 400, "没有要素");
  }

  @Test
  void mixedKindsOfShape() {
    String mixed =
        """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"code":"310114118009","name":"a"},
          "geometry":{"type":"Point","coordinates":[121.305,31.255]}},
         {"type":"Feature","properties":{"code":"310114118203","name":"b"},
          "geometry":{"type":"Polygon","coordinates":[[[121.31,31.25],[121.32,31.25],[121.32,31.26],[121.31,31.25]]]}}]}
        """;
    refused(
        upload("mixed.geojson", mixed.getBytes(StandardCharsets.UTF_8), COMMITTEES), 400, "POINT");
  }

  @Test
  void pointsWherePolygonsBelong() throws IOException {
    Path posts = download("/collections/duty-posts/export?f=geojson&crs=4326", "posts.geojson");
    HttpResponse<String> response =
        upload("posts.geojson", ImportFiles.bytes(posts), Map.of("target", "micro-grids"));
    refused(response, 400, "Point");
  }

  @Test
  void aCodeOfAnotherTown() throws IOException {
    String other =
        Files.readString(committeesGeoJson()).replace("\"310114118009\"", "\"310114119009\"");
    HttpResponse<String> response =
        upload("c.geojson", other.getBytes(StandardCharsets.UTF_8), COMMITTEES);
    refused(response, 400, "310114119");
    // a machine client with a write token: no language cookie, the header decides
    HttpResponse<String> english =
        anonymous()
            .withToken(token(TestAccount.PLANNER, true))
            .upload(
                "/imports",
                "c.geojson",
                other.getBytes(StandardCharsets.UTF_8),
                COMMITTEES,
                "Accept-Language",
                "en");
    assertThat(english.body()).contains("another town");
  }

  @Test
  void anXlsxWithAFormula() throws IOException {
    byte[] xlsx =
        workbook(
            sheet -> {
              sheet.getRow(1).createCell(4).setCellFormula("C2+1");
            });
    refused(upload("posts.xlsx", xlsx, Map.of("target", "duty-posts")), 400, "E2");
  }

  @Test
  void anXlsxWithMergedHeaderCells() throws IOException {
    byte[] xlsx = workbook(sheet -> sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3)));
    refused(upload("posts.xlsx", xlsx, Map.of("target", "duty-posts")), 400, "C1:D1");
  }

  // helpers

  /** A sheet of the town's posts (code, name, lon, lat), changed by {@code edit}. */
  private byte[] workbook(java.util.function.Consumer<Sheet> edit) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("岗位");
      Row header = sheet.createRow(0);
      String[] names = {"code", "name", "lon", "lat"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      int[] n = {1};
      jdbc.sql("SELECT code, name, ST_X(location) AS x, ST_Y(location) AS y FROM duty_post")
          .query(
              (rs, i) -> {
                Row row = sheet.createRow(n[0]++);
                row.createCell(0).setCellValue(rs.getString("code"));
                row.createCell(1).setCellValue(rs.getString("name"));
                row.createCell(2).setCellValue(rs.getDouble("x"));
                row.createCell(3).setCellValue(rs.getDouble("y"));
                return row;
              })
          .list();
      edit.accept(sheet);
      book.write(out);
      return out.toByteArray();
    }
  }

  private Path committeesGeoJson() throws IOException {
    return download("/collections/committees/export?f=geojson&crs=4326", "committees.geojson");
  }

  private Path download(String path, String name) throws IOException {
    HttpResponse<byte[]> response = getBytes(path);
    assertThat(response.statusCode()).isEqualTo(200);
    return Files.write(work.resolve(name), response.body());
  }

  private HttpResponse<String> upload(String name, byte[] content, Map<String, String> fields) {
    return as(TestAccount.PLANNER).upload("/imports/plans", name, content, fields);
  }

  private static void refused(HttpResponse<String> response, int status, String saying) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(response.body()).path("detail").asString()).contains(saying);
  }

  private int count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }
}
