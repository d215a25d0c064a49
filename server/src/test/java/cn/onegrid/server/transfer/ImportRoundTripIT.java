package cn.onegrid.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole town's GeoPackage, exported over HTTP, imported layer by layer into a OneGrid emptied
 * of its town (committees, then comprehensive grids, micro-grids and posts, each a draft plan
 * published), gives the same committees, grids and posts: codes, names, lineage, duties, and shapes
 * within a metre.
 */
@TestPropertySource(properties = "onegrid.security.max-upload=1MB")
class ImportRoundTripIT extends ApiTest {

  private static final String SNAPSHOT =
      """
      SELECT 'committee' AS kind, code, name, kind AS detail, boundary AS shape FROM committee
      UNION ALL
      SELECT g.level, g.code, g.name, coalesce(p.code, c.code), g.boundary
        FROM grid g JOIN committee c ON c.id = g.committee_id LEFT JOIN grid p ON p.id = g.parent_id
      UNION ALL
      SELECT 'post', code, name, array_to_string(duty_types, ','), location FROM duty_post
      """;

  @TempDir Path work;

  @AfterEach
  void dropSnapshot() {
    jdbc.sql("DROP TABLE IF EXISTS round_trip_before").update();
  }

  @Test
  void theWholeTownComesBackTheSame() throws IOException {
    jdbc.sql("DROP TABLE IF EXISTS round_trip_before").update();
    jdbc.sql("CREATE TABLE round_trip_before AS " + SNAPSHOT).update();
    String townName = jdbc.sql("SELECT name FROM town").query(String.class).single();
    HttpResponse<byte[]> export = getBytes("/export");
    assertThat(export.statusCode()).isEqualTo(200);
    byte[] town = export.body();
    Files.write(work.resolve("town.gpkg"), town);

    jdbc.sql(
            "TRUNCATE town, committee, person, grid, duty_post, duty_post_member, duty_slot,"
                + " duty_slot_member, liaison, partner_unit, volunteer_team, analysis_stale,"
                + " analysis_town_stale, analysis_committee, analysis_feature RESTART IDENTITY"
                + " CASCADE")
        .update();
    assertThat(jdbc.sql("SELECT count(*) FROM committee").query(Integer.class).single()).isZero();
    createAccounts(); // members' accounts name a person: the cascade emptied the accounts too

    publish(town, Map.of("target", "committees", "townName", townName));
    publish(town, Map.of("target", "comprehensive-grids"));
    publish(town, Map.of("target", "micro-grids"));
    publish(
        town,
        Map.of("target", "duty-posts", "code", "code", "name", "name", "duties", "duty_types"));

    List<String> differences =
        jdbc.sql(
                "SELECT coalesce(b.kind, a.kind) || ' ' || coalesce(b.code, a.code) FROM"
                    + " round_trip_before b FULL JOIN ("
                    + SNAPSHOT
                    + ") a ON a.kind = b.kind AND a.code = b.code"
                    + " WHERE a.code IS NULL OR b.code IS NULL OR a.name <> b.name"
                    + " OR a.detail <> b.detail OR ST_HausdorffDistance(ST_Transform(a.shape, 4549),"
                    + " ST_Transform(b.shape, 4549)) > 1")
            .query(String.class)
            .list();
    assertThat(differences).isEmpty();
    assertThat(jdbc.sql("SELECT count(*) FROM round_trip_before").query(Integer.class).single())
        .isEqualTo(10);
    assertThat(jdbc.sql("SELECT code || ' ' || name FROM town").query(String.class).single())
        .isEqualTo("310114118 " + townName);
  }

  private void publish(byte[] town, Map<String, String> fields) {
    HttpResponse<String> created =
        as(TestAccount.PLANNER).upload("/imports/plans", "town.gpkg", town, fields);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long plan = JSON.readTree(created.body()).path("plan").asLong();
    HttpResponse<String> published =
        as(TestAccount.PLANNER)
            .send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"导入全镇\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
  }
}
