package cn.onegrid.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onegrid.geo.webmap.WebMapDatum;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Files made from the two-committee town (exported over HTTP, reshaped with GDAL) imported back
 * over real HTTP: each lands within a metre of where it came from, Chinese text decoded, and the
 * report says what would change; applied, it is a draft plan that publishes like any other.
 */
@TestPropertySource(properties = "onegrid.security.max-upload=1MB")
class ImportIT extends ApiTest {

  @TempDir Path work;

  @Test
  void aGbkShapefileWithChineseFieldNamesLandsWithinAMetre() throws IOException {
    Path source = download("/collections/micro-grids/export?f=geojson&crs=4326", "micro.geojson");
    Files.createDirectories(work.resolve("shp"));
    ImportFiles.ogr2ogr(
        work,
        "-f",
        "ESRI Shapefile",
        "-lco",
        "ENCODING=GBK",
        "-dialect",
        "SQLite",
        "-sql",
        "SELECT code AS 编码, name AS 名称, geometry FROM \"micro-grids\"",
        "shp/网格.shp",
        source.toString());
    Files.deleteIfExists(work.resolve("shp/网格.cpg")); // GBK is chosen for a file without one
    byte[] zip =
        ImportFiles.zip(
            work.resolve("shp/网格.shp"),
            work.resolve("shp/网格.shx"),
            work.resolve("shp/网格.dbf"),
            work.resolve("shp/网格.prj"));
    JsonNode report =
        ok(
            upload(
                "micro-grids.zip",
                zip,
                Map.of("target", "micro-grids", "code", "编码", "name", "名称")));
    assertThat(report.path("fields").toString()).contains("编码", "名称");
    assertThat(report.path("updated").asInt()).isEqualTo(4);
    assertThat(report.path("created").asInt()).isZero();
    // GBK decoded right: every name is the published one
    assertThat(kinds(report)).doesNotContain("name-differs", "removed");
    long plan =
        apply("micro-grids.zip", zip, Map.of("target", "micro-grids", "code", "编码", "name", "名称"));
    assertThat(farthestFromPublished(plan, "grid", "boundary")).isLessThan(1.0);
  }

  @Test
  void theMappingIsRememberedForTheSameSource() throws IOException {
    Path source = download("/collections/committees/export?f=geojson&crs=4326", "c.geojson");
    ImportFiles.ogr2ogr(
        work,
        "-f",
        "GeoJSON",
        "-dialect",
        "SQLite",
        "-sql",
        "SELECT code AS 居村代码, name AS 居村名称, geometry FROM committees",
        "mapped.geojson",
        source.toString());
    byte[] file = ImportFiles.bytes(work.resolve("mapped.geojson"));
    HttpResponse<String> unmapped = upload("c.geojson", file, Map.of("target", "committees"));
    assertThat(unmapped.statusCode()).isEqualTo(400);
    assertThat(unmapped.body()).contains("居村代码");
    // the fields, for a form to offer
    JsonNode problem = JSON.readTree(unmapped.body());
    assertThat(problem.path("parameter").asString()).isEqualTo("mapping");
    assertThat(problem.path("choices").toString()).contains("\"居村代码\"", "\"居村名称\"");
    ok(upload("c.geojson", file, Map.of("target", "committees", "code", "居村代码", "name", "居村名称")));
    JsonNode again = ok(upload("c.geojson", file, Map.of("target", "committees")));
    assertThat(again.path("mapping").path("code").asString()).isEqualTo("居村代码");
  }

  @Test
  void aGaussKruegerGeoPackageLandsWithinAMetre() throws IOException {
    Path gpkg = download("/collections/committees/export?f=gpkg&crs=4549", "committees.gpkg");
    assertThat(Gdal.ogrinfo(gpkg, "-so")).contains("Gauss-Kruger");
    byte[] file = ImportFiles.bytes(gpkg);
    JsonNode report = ok(upload("committees.gpkg", file, Map.of("target", "committees")));
    assertThat(report.path("updated").asInt()).isEqualTo(2);
    assertThat(kinds(report)).doesNotContain("gap", "overlap", "outside-parent", "far-from-town");
    long plan = apply("committees.gpkg", file, Map.of("target", "committees"));
    assertThat(farthestFromPublished(plan, "committee", "boundary")).isLessThan(1.0);
  }

  @Test
  void aGcj02CsvOfPostsLandsWithinAMetreOnceTheOffsetIsTakenOff() {
    StringBuilder csv = new StringBuilder("code,name,duty_types,lon,lat\n");
    jdbc.sql(
            "SELECT code, name, array_to_string(duty_types, '、') AS d, ST_X(location) AS x,"
                + " ST_Y(location) AS y FROM duty_post ORDER BY code")
        .query(
            (row, n) -> {
              Coordinate gcj =
                  WebMapDatum.GCJ_02.fromWgs84(
                      new Coordinate(row.getDouble("x"), row.getDouble("y")));
              return csv.append(
                  String.format(
                      "%s,%s,%s,%.9f,%.9f%n",
                      row.getString("code"),
                      row.getString("name"),
                      row.getString("d"),
                      gcj.x,
                      gcj.y));
            })
        .list();
    byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Map<String, String> fields =
        Map.of("target", "duty-posts", "duties", "duty_types", "datum", "gcj02");
    JsonNode report = ok(upload("posts.csv", file, withMapping(fields)));
    assertThat(report.path("updated").asInt()).isEqualTo(2);
    assertThat(kinds(report)).isEmpty();
    long plan = apply("posts.csv", file, withMapping(fields));
    assertThat(farthestFromPublished(plan, "duty_post", "location")).isLessThan(1.0);
  }

  @Test
  void committeesFromAWebMapAreSaidToNeedItsOffset() throws IOException {
    Path source = download("/collections/committees/export?f=geojson&crs=4326", "c.geojson");
    String shifted = shift(Files.readString(source));
    byte[] file = shifted.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonNode asIs = ok(upload("c.geojson", file, Map.of("target", "committees")));
    assertThat(kinds(asIs)).contains("far-from-town");
    JsonNode taken =
        ok(upload("c.geojson", file, Map.of("target", "committees", "datum", "gcj02")));
    assertThat(kinds(taken)).doesNotContain("far-from-town", "gap", "outside-parent");
  }

  @Test
  void publishingAnImportRemovesRenamesAndReshapesGrids() throws IOException {
    Path source = download("/collections/micro-grids/export?f=geojson&crs=4326", "micro.geojson");
    ImportFiles.ogr2ogr(
        work,
        "-f",
        "GeoJSON",
        "-dialect",
        "SQLite",
        "-sql",
        "SELECT code, CASE WHEN code = '3101141180090101' THEN '新名字' ELSE name END AS name,"
            + " CASE WHEN code = '3101141180090101' THEN ST_Buffer(geometry, -0.0005)"
            + " ELSE geometry END AS geometry FROM \"micro-grids\" WHERE code <> '3101141182030102'",
        "edited.geojson",
        source.toString());
    byte[] file = ImportFiles.bytes(work.resolve("edited.geojson"));
    Map<String, String> fields = Map.of("target", "micro-grids");
    JsonNode report = ok(upload("edited.geojson", file, fields));
    assertThat(kinds(report)).contains("removed", "name-differs", "gap");
    assertThat(report.path("removed").asInt()).isEqualTo(1);
    long plan = apply("edited.geojson", file, fields);
    HttpResponse<String> published =
        as(TestAccount.PLANNER).send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"普查\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(gridName("3101141180090101")).isEqualTo("新名字");
    assertThat(gridName("3101141182030102")).isNull();
    assertThat(
            jdbc.sql("SELECT count(*) FROM area_change WHERE plan_id = :plan")
                .param("plan", plan)
                .query(Integer.class)
                .single())
        .as("history of the renamed and reshaped grid and of the removed one (V92)")
        .isEqualTo(2);
  }

  @Test
  void anAdministratorAppliesAnImportAndPublishesTheirOwnPlan() throws IOException {
    Path source = download("/collections/micro-grids/export?f=geojson&crs=4326", "micro.geojson");
    ImportFiles.ogr2ogr(
        work,
        "-f",
        "GeoJSON",
        "-dialect",
        "SQLite",
        "-sql",
        "SELECT code, CASE WHEN code = '3101141180090101' THEN '管理员改名' ELSE name END AS name,"
            + " geometry FROM \"micro-grids\"",
        "renamed.geojson",
        source.toString());
    byte[] file = ImportFiles.bytes(work.resolve("renamed.geojson"));
    HttpResponse<String> created =
        as(TestAccount.ADMIN)
            .upload("/imports/plans", "renamed.geojson", file, Map.of("target", "micro-grids"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long plan = JSON.readTree(created.body()).path("plan").asLong();
    // the administrator's own: a planner is not shown it
    assertThat(as(TestAccount.PLANNER).get("/plans/" + plan).statusCode()).isEqualTo(404);
    assertThat(as(TestAccount.ADMIN).get("/plans/" + plan).statusCode()).isEqualTo(200);
    HttpResponse<String> published =
        as(TestAccount.ADMIN).send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"普查\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(gridName("3101141180090101")).isEqualTo("管理员改名");
  }

  @Test
  void anAdministratorMayNotPublishAPlannersDrawnChanges() {
    long plan =
        jdbc.sql("INSERT INTO plan (name, created_by) VALUES ('画的', :who) RETURNING id")
            .param("who", TestAccount.ADMIN.username)
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO plan_change (plan_id, collection, code, base_version, shape)"
                + " SELECT :plan, 'micro-grids', code, version, boundary FROM grid"
                + " WHERE code = '3101141180090101'")
        .param("plan", plan)
        .update();
    HttpResponse<String> refused =
        as(TestAccount.ADMIN).send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"x\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
  }

  @Test
  void aPublishedPostImportRevertsThroughThePostsHistory() {
    // 009P01 moved ten metres east; 203P01 left out, so retired
    StringBuilder csv = new StringBuilder("code,name,duty_types,lon,lat\n");
    jdbc.sql(
            "SELECT code, name, array_to_string(duty_types, '、') AS d, ST_X(location) AS x,"
                + " ST_Y(location) AS y FROM duty_post WHERE code = '310114118009P01'")
        .query(
            (row, n) ->
                csv.append(
                    String.format(
                        "%s,%s,%s,%.9f,%.9f%n",
                        row.getString("code"),
                        row.getString("name"),
                        row.getString("d"),
                        row.getDouble("x") + 0.0001,
                        row.getDouble("y"))))
        .list();
    byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Map<String, String> fields =
        withMapping(Map.of("target", "duty-posts", "duties", "duty_types", "crs", "4326"));
    double before = postX("310114118009P01");
    long plan = apply("posts.csv", file, fields);
    HttpResponse<String> published =
        as(TestAccount.PLANNER).send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"普查\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(postX("310114118009P01")).isCloseTo(before + 0.0001, within(1e-9));
    assertThat(get("/collections/duty-posts/items/310114118203P01").statusCode()).isEqualTo(404);

    revertLatest("310114118009P01");
    revertLatest("310114118203P01");
    assertThat(postX("310114118009P01")).isCloseTo(before, within(1e-9));
    assertThat(get("/collections/duty-posts/items/310114118203P01").statusCode()).isEqualTo(200);
  }

  @Test
  void aBowTieIsRepairedAndTheGapItLeavesIsReported() {
    String committees =
        """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"code":"310114118009","name":"金华社区居委会"},
          "geometry":{"type":"Polygon","coordinates":[[[121.30,31.25],[121.31,31.26],[121.31,31.25],[121.30,31.26],[121.30,31.25]]]}},
         {"type":"Feature","properties":{"code":"310114118203","name":"高潮村村委会"},
          "geometry":{"type":"Polygon","coordinates":[[[121.31,31.25],[121.32,31.25],[121.32,31.26],[121.31,31.26],[121.31,31.25]]]}}]}
        """;
    JsonNode report =
        ok(
            upload(
                "c.geojson",
                committees.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("target", "committees")));
    JsonNode repaired = finding(report, "repaired");
    assertThat(repaired.path("properties").path("codes").toString()).contains("310114118009");
    assertThat(repaired.path("properties").path("message").asString())
        .contains("SELF_INTERSECTION");
    // where the rings cross: the middle of the west committee
    assertThat(repaired.path("geometry").path("coordinates").get(0).asDouble())
        .isCloseTo(121.305, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(kinds(report)).contains("gap");
  }

  @Test
  void aPostOutsideItsCommitteeIsReported() {
    String csv =
        "code,name,duty_types,lon,lat\n310114118009P01,金华社区第1党员联勤岗,sanitation,121.315,31.255\n";
    JsonNode report =
        ok(
            upload(
                "posts.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                withMapping(
                    Map.of("target", "duty-posts", "duties", "duty_types", "crs", "4490"))));
    assertThat(finding(report, "post-outside").path("properties").path("codes").toString())
        .contains("310114118009P01");
    // the other committee's post is not in the file: applying retires it
    assertThat(finding(report, "removed").path("properties").path("codes").toString())
        .contains("310114118203P01");
  }

  @Test
  void aPlannerOfOneCommitteeMayNotImport() {
    HttpResponse<String> refused =
        as(TestAccount.COMMITTEE_PLANNER)
            .upload("/imports", "c.geojson", "{}".getBytes(), Map.of("target", "committees"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("310114118009");
  }

  // helpers

  private static String shift(String geojson) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\\[\\s*(1[0-9]{2}\\.[0-9]+),\\s*([0-9]{2}\\.[0-9]+)\\s*\\]")
            .matcher(geojson);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Coordinate gcj =
          WebMapDatum.GCJ_02.fromWgs84(
              new Coordinate(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
      m.appendReplacement(out, String.format("[%.9f, %.9f]", gcj.x, gcj.y));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Map<String, String> withMapping(Map<String, String> fields) {
    Map<String, String> all = new java.util.HashMap<>(fields);
    all.put("code", "code");
    all.put("name", "name");
    return all;
  }

  private double postX(String code) {
    return jdbc.sql("SELECT ST_X(location) FROM duty_post WHERE code = :code")
        .param("code", code)
        .query(Double.class)
        .single();
  }

  /** Reverts the post's latest change (the import's) as the town's planner. */
  private void revertLatest(String code) {
    cn.onegrid.server.ApiClient planner = as(TestAccount.PLANNER);
    JsonNode change =
        JSON.readTree(planner.get("/posts/" + code + "/history").body()).path("changes").get(0);
    assertThat(change.path("reason").asString()).isEqualTo("普查");
    HttpResponse<String> reverted =
        planner.send(
            "POST",
            "/post-changes/" + change.path("id").asLong() + "/revert?change_reason=撤销导入",
            null,
            "If-Match",
            "\"v" + change.path("afterVersion").asInt() + "\"",
            "X-CSRF-TOKEN",
            planner.csrfToken());
    assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
  }

  private String gridName(String code) {
    return jdbc.sql("SELECT name FROM grid WHERE code = :code")
        .param("code", code)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** The farthest any staged feature of the plan lies from the published one of its code, in m. */
  private double farthestFromPublished(long plan, String table, String column) {
    return jdbc.sql(
            "SELECT max(ST_HausdorffDistance(ST_Transform(f.shape, 4549), ST_Transform(t."
                + column
                + ", 4549))) FROM plan_import_feature f JOIN "
                + table
                + " t ON t.code = f.code WHERE f.plan_id = :plan")
        .param("plan", plan)
        .query(Double.class)
        .single();
  }

  private static JsonNode finding(JsonNode report, String kind) {
    for (JsonNode f : report.path("report").path("features")) {
      if (f.path("properties").path("kind").asString().equals(kind)) {
        return f;
      }
    }
    throw new AssertionError("No " + kind + " in " + report);
  }

  private List<String> kinds(JsonNode report) {
    List<String> kinds = new ArrayList<>();
    report
        .path("report")
        .path("features")
        .forEach(f -> kinds.add(f.path("properties").path("kind").asString()));
    return kinds;
  }

  private HttpResponse<String> upload(String name, byte[] content, Map<String, String> fields) {
    return as(TestAccount.PLANNER).upload("/imports", name, content, fields);
  }

  private long apply(String name, byte[] content, Map<String, String> fields) {
    HttpResponse<String> created =
        as(TestAccount.PLANNER).upload("/imports/plans", name, content, fields);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long plan = JSON.readTree(created.body()).path("plan").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/plans/" + plan);
    return plan;
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private Path download(String path, String name) throws IOException {
    HttpResponse<byte[]> response = getBytes(path);
    assertThat(response.statusCode()).isEqualTo(200);
    return Files.write(work.resolve(name), response.body());
  }
}
