package cn.onegrid.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A published import taken out again over real HTTP ({@code POST /plans/{id}/revert}): the map is
 * as it was before, the revert is audited, and a second revert or a draft's is a 409 problem in the
 * reader's language. A town the import made goes with it.
 */
class ImportPlanRevertIT extends ApiTest {

  private static final String CHINESE = "zh-CN,zh;q=0.9,en;q=0.5";
  private static final String ENGLISH = "en-US,en;q=0.9";

  @TempDir Path work;

  @Test
  void aPublishedImportRevertsToTheMapBeforeItOnce() throws IOException {
    String before = map();
    byte[] file = editedMicroGrids();
    long plan = apply(file);
    assertThat(post(plan, "publish", CHINESE).statusCode()).isEqualTo(200);
    assertThat(map()).isNotEqualTo(before);

    HttpResponse<String> reverted = post(plan, "revert", CHINESE);

    assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
    assertThat(JSON.readTree(reverted.body()).path("reverted").size()).isEqualTo(2);
    assertThat(map()).isEqualTo(before);
    assertThat(
            jdbc.sql(
                    "SELECT username FROM audit_log"
                        + " WHERE action = 'revert-plan' AND subject = :s")
                .param("s", "plan " + plan)
                .query(String.class)
                .list())
        .containsExactly(TestAccount.PLANNER.username);

    HttpResponse<String> again = post(plan, "revert", CHINESE);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains("方案 " + plan + " 已经撤销过");
    HttpResponse<String> inEnglish = post(plan, "revert", ENGLISH);
    assertThat(inEnglish.body()).contains("Plan " + plan + " has been reverted already");
    assertThat(map()).isEqualTo(before);
  }

  @Test
  void aDraftIsNotReverted() throws IOException {
    String before = map();
    long plan = apply(editedMicroGrids());

    HttpResponse<String> refused = post(plan, "revert", CHINESE);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("方案 " + plan + " 尚未发布");
    assertThat(map()).isEqualTo(before);
    assertThat(post(plan, "publish", CHINESE).statusCode()).isEqualTo(200); // still a draft
  }

  @Test
  void aRevertWithoutAReasonIsRefusedAndChangesNothing() throws IOException {
    long plan = apply(editedMicroGrids());
    assertThat(post(plan, "publish", CHINESE).statusCode()).isEqualTo(200);
    String published = map();

    ApiClient planner = as(TestAccount.PLANNER);
    HttpResponse<String> refused =
        planner.send(
            "POST",
            "/plans/" + plan + "/revert",
            "{\"reason\":\" \"}",
            "Content-Type",
            "application/json",
            "Accept-Language",
            CHINESE,
            "X-CSRF-TOKEN",
            planner.csrfToken());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400); // as publishing's
    assertThat(refused.body()).contains("修改原因");
    assertThat(map()).isEqualTo(published);
  }

  @Test
  void aGridTheImportRemovedComesBackByRevertingItsRemoval() throws IOException {
    String before = map();
    long plan = apply(editedMicroGrids());
    assertThat(post(plan, "publish", CHINESE).statusCode()).isEqualTo(200);
    assertThat(count("grid WHERE code = '3101141182030102'")).isZero();
    JsonNode removal =
        JSON.readTree(
                as(TestAccount.PLANNER)
                    .get("/collections/micro-grids/items/3101141182030102/history")
                    .body())
            .path("changes")
            .get(0);
    assertThat(removal.path("afterVersion").asInt()).isZero();

    ApiClient planner = as(TestAccount.PLANNER);
    HttpResponse<String> restored =
        planner.send(
            "POST",
            "/changes/" + removal.path("id").asLong() + "/revert?change_reason=恢复网格",
            null,
            "If-Match",
            "\"v0\"",
            "X-CSRF-TOKEN",
            planner.csrfToken());

    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(count("grid WHERE code = '3101141182030102'")).isEqualTo(1);
    String restoredGrid = line(map(), "grid 3101141182030102 ");
    assertThat(restoredGrid).isEqualTo(line(before, "grid 3101141182030102 "));
  }

  @Test
  void theTownAnImportMadeGoesWhenItIsReverted() throws IOException {
    Path committees = download("/collections/committees/export?f=gpkg&crs=4326", "c.gpkg");
    String townName = jdbc.sql("SELECT name FROM town").query(String.class).single();
    jdbc.sql(
            "TRUNCATE town, committee, person, grid, duty_post, duty_post_member, duty_slot,"
                + " duty_slot_member, liaison, partner_unit, volunteer_team, analysis_stale,"
                + " analysis_town_stale, analysis_committee, analysis_feature RESTART IDENTITY"
                + " CASCADE")
        .update();
    createAccounts(); // members' accounts name a person: the cascade emptied the accounts too
    String empty = map();
    HttpResponse<String> created =
        as(TestAccount.PLANNER)
            .upload(
                "/imports/plans",
                "c.gpkg",
                Files.readAllBytes(committees),
                Map.of("target", "committees", "townName", townName));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long plan = JSON.readTree(created.body()).path("plan").asLong();
    assertThat(post(plan, "publish", CHINESE).statusCode()).isEqualTo(200);
    assertThat(count("town")).isEqualTo(1);
    assertThat(count("committee")).isEqualTo(2);

    HttpResponse<String> reverted = post(plan, "revert", CHINESE);

    assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
    assertThat(count("town")).as("no town, as before the import").isZero();
    assertThat(map()).isEqualTo(empty);
  }

  // helpers

  /** The micro-grids as exported, one renamed and reshaped and one left out, built with GDAL. */
  private byte[] editedMicroGrids() throws IOException {
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
    return ImportFiles.bytes(work.resolve("edited.geojson"));
  }

  private long apply(byte[] file) {
    HttpResponse<String> created =
        as(TestAccount.PLANNER)
            .upload("/imports/plans", "edited.geojson", file, Map.of("target", "micro-grids"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).path("plan").asLong();
  }

  /** Publishes or reverts the plan as the town's planner, with a reason. */
  private HttpResponse<String> post(long plan, String action, String language) {
    ApiClient planner = as(TestAccount.PLANNER);
    String reason = action.equals("publish") ? "普查" : "撤销导入";
    return planner.send(
        "POST",
        "/plans/" + plan + "/" + action,
        "{\"reason\":\"" + reason + "\"}",
        "Content-Type",
        "application/json",
        "Accept-Language",
        language,
        "X-CSRF-TOKEN",
        planner.csrfToken());
  }

  /** The town, its committees and grids: every column a map shows or a revert must restore. */
  private String map() {
    return String.join(
        "\n",
        jdbc.sql(
                """
                SELECT concat_ws(' ', 'town', code, name, ST_AsText(boundary)) FROM town
                UNION ALL
                SELECT concat_ws(' ', 'committee', code, kind, name, illustrative,
                                 ST_AsText(boundary))
                  FROM committee
                UNION ALL
                SELECT concat_ws(' ', 'grid', g.code, g.level, g.seq, p.code, c.code, g.name,
                                 coalesce(g.leader_id::text, '-'), g.illustrative,
                                 ST_AsText(g.boundary))
                  FROM grid g JOIN committee c ON c.id = g.committee_id
                  LEFT JOIN grid p ON p.id = g.parent_id
                ORDER BY 1
                """)
            .query(String.class)
            .list());
  }

  private static String line(String map, String prefix) {
    return map.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
  }

  private int count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }

  private Path download(String path, String name) throws IOException {
    HttpResponse<byte[]> response = getBytes(path);
    assertThat(response.statusCode()).isEqualTo(200);
    return Files.write(work.resolve(name), response.body());
  }
}
