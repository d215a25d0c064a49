package cn.onegrid.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collections and the whole town as files, over real HTTP, read back by GDAL's ogrinfo: the right
 * number of features, the CRS asked for and the Chinese names as stored (names are read from the
 * database, not written here).
 */
class ExportIT extends ApiTest {

  @TempDir Path work;

  @Test
  void committeesAsGeoPackageInCgcs2000() throws IOException {
    Path file = download("/collections/committees/export?f=gpkg&crs=4490", "committees.gpkg");
    String info = Gdal.ogrinfo(file);
    assertThat(info)
        .contains("Layer name: committees")
        .contains("Feature Count: 2")
        .contains("ID[\"EPSG\",4490]")
        .contains(committeeNames());
  }

  @Test
  void theDefaultIsAGeoPackageInCgcs2000() {
    HttpResponse<byte[]> response = getBytes("/collections/committees/export");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/geopackage+sqlite3");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment")
        .contains("onegrid-committees-4490.gpkg");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
  }

  @Test
  void gbkShapefileInTheGaussKruegerZoneSaysItsEncodingInCpg() throws IOException {
    Path zip =
        download("/collections/micro-grids/export?f=shp&crs=4549&encoding=GBK", "micro-grids.zip");
    Map<String, byte[]> parts = unzip(zip);
    assertThat(parts.keySet())
        .containsExactlyInAnyOrder(
            "micro-grids.shp",
            "micro-grids.shx",
            "micro-grids.dbf",
            "micro-grids.prj",
            "micro-grids.cpg");
    assertThat(new String(parts.get("micro-grids.cpg"), StandardCharsets.US_ASCII).strip())
        .isEqualTo("GBK");
    List<String> names = names("micro");
    // The bytes of the .dbf are GBK: decoded as GBK, the names are there.
    assertThat(new String(parts.get("micro-grids.dbf"), Charset.forName("GBK"))).contains(names);
    String info = Gdal.ogrinfo(work.resolve("micro-grids.shp"));
    assertThat(info)
        .contains("Feature Count: 4")
        .contains("CGCS2000 / 3-degree Gauss-Kruger CM 120E")
        .contains("comm_code (String)")
        .contains("comm_name (String)")
        .contains(names);
  }

  @Test
  void utf8ShapefileIsTheDefault() throws IOException {
    Map<String, byte[]> parts =
        unzip(download("/collections/committees/export?f=shp&crs=4326", "committees.zip"));
    assertThat(new String(parts.get("committees.cpg"), StandardCharsets.US_ASCII).strip())
        .isEqualTo("UTF-8");
    assertThat(new String(parts.get("committees.dbf"), StandardCharsets.UTF_8))
        .contains(committeeNames());
  }

  @Test
  void geoJsonInWgs84() throws IOException {
    Path file = download("/collections/duty-posts/export?f=geojson&crs=4326", "posts.geojson");
    assertThat(Gdal.ogrinfo(file))
        .contains("Feature Count: 2")
        .contains("ID[\"EPSG\",4326]")
        .contains(names("posts"));
  }

  @Test
  void kmlIsAlwaysWgs84() throws IOException {
    Path file = download("/collections/committees/export?f=kml&crs=4326", "committees.kml");
    assertThat(Gdal.ogrinfo(file)).contains("Feature Count: 2").contains(committeeNames());
    assertThat(get("/collections/committees/export?f=kml&crs=4490").statusCode()).isEqualTo(400);
  }

  @Test
  void csvOfPointsHasXAndYColumns() throws IOException {
    Path file = download("/collections/duty-posts/export?f=csv&crs=4549", "posts.csv");
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFX,Y,code,name,");
    assertThat(csv.lines()).hasSize(3);
    assertThat(csv).contains(names("posts"));
    // Gauss-Krüger metres, as PostGIS projects the stored point
    String[] first = csv.lines().skip(1).findFirst().orElseThrow().split(",");
    double[] expected =
        jdbc.sql(
                "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_Transform(location, 4549) AS p"
                    + " FROM duty_post ORDER BY code LIMIT 1) s")
            .query((row, n) -> new double[] {row.getDouble(1), row.getDouble(2)})
            .single();
    assertThat(Double.parseDouble(first[0])).isCloseTo(expected[0], within(0.01));
    assertThat(Double.parseDouble(first[1])).isCloseTo(expected[1], within(0.01));
  }

  @Test
  void csvOfAreasHasWktAndDefusesFormulas() throws IOException {
    jdbc.sql("UPDATE committee SET name = '=HYPERLINK(\"http://x\")' WHERE code = '310114118203'")
        .update();
    Path file = download("/collections/committees/export?f=csv", "committees.csv");
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFWKT,code,name,");
    assertThat(csv).contains("MULTIPOLYGON").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
  }

  @Test
  void xlsxHasTheShapeAsWktInTheCrsAskedFor() throws IOException {
    Path file = download("/collections/comprehensive-grids/export?f=xlsx&crs=4549", "grids.xlsx");
    String info = Gdal.ogrinfo(file);
    assertThat(info)
        .contains("Layer name: comprehensive-grids")
        .contains("Feature Count: 2")
        .contains("wkt (String)")
        .containsPattern("wkt \\(String\\) = MULTIPOLYGON\\(\\(\\(6\\d{5}\\.\\d+ 34\\d{5}")
        .contains(names("comprehensive"));
  }

  @Test
  void theWholeTownIsOneGeoPackageWithEveryLayerAndTheRosters() throws IOException {
    Path file = download("/export?crs=4549", "town.gpkg");
    String info = Gdal.ogrinfo(file, "-so");
    for (Collection collection : Catalog.all()) {
      assertThat(info).contains("Layer name: " + collection.id());
    }
    assertThat(info).contains("Layer name: post_members").contains("Layer name: duty_slots");
    String members = Gdal.ogrinfo(file, "-sql", "SELECT name, phone FROM post_members");
    assertThat(members).contains("李娜（示例）").contains("13900000002");
  }

  @Test
  void theTownsRostersMaskPhonesTheReaderMayNotSee() throws IOException {
    HttpResponse<byte[]> response = as(TestAccount.ADMIN).getBytes("/export");
    assertThat(response.statusCode()).isEqualTo(200);
    Path file = Files.write(work.resolve("admin.gpkg"), response.body());
    String members = Gdal.ogrinfo(file, "-sql", "SELECT phone FROM post_members");
    assertThat(members).contains("phone (String) = 139****0002").doesNotContain("13900000002");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_log WHERE action = 'view-people' AND subject = 'town export'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void eachCollectionLinksItsDownloadsAsEnclosures() {
    var links = json("/collections/duty-posts").path("links");
    List<String> enclosures = new java.util.ArrayList<>();
    links.forEach(
        link -> {
          if (link.path("rel").asString().equals("enclosure")) {
            enclosures.add(link.path("type").asString() + " " + link.path("href").asString());
          }
        });
    assertThat(enclosures)
        .contains(
            "application/geopackage+sqlite3 " + url("/collections/duty-posts/export?f=gpkg"),
            "application/zip " + url("/collections/duty-posts/export?f=shp"))
        .hasSize(6);
  }

  @Test
  void thePageIsToldTheCrsFilesComeIn() {
    assertThat(json("/config").path("exportCrs").toString()).isEqualTo("[4490,4326,4549]");
  }

  @Test
  void badParametersAreProblemsNamingWhatIsWrong() {
    assertProblem("/collections/committees/export?f=pdf", "pdf");
    assertProblem("/collections/committees/export?crs=3857", "3857");
    assertProblem("/collections/committees/export?f=gpkg&encoding=GBK", "encoding");
    assertProblem("/collections/committees/export?f=shp&encoding=BIG5", "BIG5");
    assertProblem("/collections/committees/export?limit=5", "limit");
    assertProblem("/export?f=csv", "csv");
    assertThat(get("/collections/nothing/export").statusCode()).isEqualTo(404);
  }

  @Test
  void visitorsExportNothingWhenTheVisitorsMapIsOff() {
    assertThat(anonymous().getBytes("/collections/committees/export").statusCode()).isEqualTo(401);
    assertThat(anonymous().getBytes("/export").statusCode()).isEqualTo(401);
  }

  @Test
  void theWorkFolderIsRemovedAfterwards() throws IOException {
    long before = workFolders();
    download("/collections/micro-grids/export?f=xlsx", "grids.xlsx");
    assertProblem("/collections/committees/export?f=kml&crs=4549", "4549");
    assertThat(workFolders()).isEqualTo(before);
  }

  private void assertProblem(String path, String named) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).as(path).contains(named).containsPattern("\\p{IsHan}");
  }

  private static long workFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("onegrid-transfer-")).count();
    }
  }

  private Path download(String path, String name) throws IOException {
    HttpResponse<byte[]> response = getBytes(path);
    assertThat(response.statusCode())
        .as("%s: %s", path, new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    return Files.write(work.resolve(name), response.body());
  }

  /** The zip's entries by name, each also written to the work folder. */
  private Map<String, byte[]> unzip(Path zip) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        parts.put(entry.getName(), bytes);
        Files.write(work.resolve(entry.getName()), bytes);
      }
    }
    return parts;
  }

  private List<String> committeeNames() {
    return jdbc.sql("SELECT name FROM committee ORDER BY code").query(String.class).list();
  }

  /** The names of the grids of a level, or of the posts. */
  private List<String> names(String what) {
    String sql =
        what.equals("posts")
            ? "SELECT name FROM duty_post ORDER BY code"
            : "SELECT name FROM grid WHERE level = '" + what + "' ORDER BY code";
    return jdbc.sql(sql).query(String.class).list();
  }
}
