package cn.onegrid.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Rosters over HTTP: the template downloads with its Chinese headers, filled in it becomes a draft
 * plan that publishes the posts' people and weeks, and a file with bad rows is a 422 listing every
 * error by row and column, in Chinese or English, with nothing written.
 */
class RosterImportIT extends ApiTest {

  private static final String POST = "310114118009P01";

  @Test
  void theTemplateDownloadsAsXlsxAndCsvWithChineseHeaders() throws IOException {
    HttpResponse<byte[]> xlsx = as(TestAccount.PLANNER).getBytes("/imports/roster-template.xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Row header = book.getSheetAt(0).getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("岗位编号");
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("组长");
      assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
          .as("an example row")
          .isEqualTo("310114118009P01");
    }
    HttpResponse<byte[]> csv = as(TestAccount.ADMIN).getBytes("/imports/roster-template.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .startsWith("\uFEFF岗位编号,组长,组长电话,成员,星期,开始时间,结束时间,值守人员");
  }

  @Test
  void aFilledTemplateIsADraftThatPublishesThePostsPeopleAndWeek() throws IOException {
    byte[] file =
        filledTemplate(
            List.of(POST, "王芳（示例）", "13900000003", "孙丽 13600000005", "周六", "09:00", "11:00", ""),
            List.of(POST, "", "", "", "周日", "09:00", "11:00", "孙丽"));

    HttpResponse<String> staged =
        as(TestAccount.COMMITTEE_PLANNER).upload("/imports/rosters", "花名册.xlsx", file, Map.of());

    assertThat(staged.statusCode()).as(staged.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(staged.body());
    long plan = body.path("plan").asLong();
    assertThat(staged.headers().firstValue("Location")).hasValue("/plans/" + plan);
    assertThat(body.path("peopleAdded").get(0).asString()).isEqualTo("孙丽 13600000005");
    assertThat(leader()).as("nothing published yet").isEqualTo("张伟（示例）");

    HttpResponse<String> published =
        as(TestAccount.COMMITTEE_PLANNER)
            .send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"新花名册\"}");

    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(leader()).isEqualTo("王芳（示例）");
    assertThat(
            jdbc.sql(
                    "SELECT string_agg(s.weekday || ' ' || p.name, ', ' ORDER BY s.weekday, p.name)"
                        + " FROM duty_slot s JOIN duty_post d ON d.id = s.post_id"
                        + " JOIN duty_slot_member m ON m.slot_id = s.id"
                        + " JOIN person p ON p.id = m.person_id WHERE d.code = :c")
                .param("c", POST)
                .query(String.class)
                .single())
        .isEqualTo("6 孙丽, 6 王芳（示例）, 7 孙丽");
  }

  @Test
  void badRowsAreListedByRowAndColumnAndNothingIsWritten() throws IOException {
    int people = count("person");
    byte[] file =
        filledTemplate(
            List.of(POST, "王芳（示例）", "1390000", "", "周六", "9点", "11:00", ""),
            List.of("310114118203P01", "", "", "", "", "", "", ""),
            List.of(POST, "", "", "", "7", "12:00", "11:00", "无名"));

    HttpResponse<String> refused =
        as(TestAccount.COMMITTEE_PLANNER).upload("/imports/rosters", "花名册.xlsx", file, Map.of());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.path("detail").asString()).contains("4 处错误");
    assertThat(
            problem
                .path("errors")
                .valueStream()
                .map(e -> e.path("row").asInt() + " " + e.path("column").asString()))
        .containsExactly("2 组长", "2 开始时间", "3 岗位编号", "4 结束时间");
    assertThat(problem.path("errors").get(2).path("detail").asString())
        .contains("310114118203P01", "310114118203", "不在你负责的居村");
    assertThat(count("plan")).isZero();
    assertThat(count("person")).isEqualTo(people);

    HttpResponse<String> english =
        as(TestAccount.COMMITTEE_PLANNER)
            .upload("/imports/rosters", "roster.xlsx", file, Map.of(), "Accept-Language", "en");
    assertThat(JSON.readTree(english.body()).path("errors").get(1).path("detail").asString())
        .contains("The time \"9点\" is wrong");
  }

  @Test
  void anAdministratorStagesRostersAndPublishesTheirOwnPlan() throws IOException {
    byte[] file =
        filledTemplate(List.of(POST, "王芳（示例）", "13900000003", "", "周六", "09:00", "11:00", ""));

    HttpResponse<String> staged =
        as(TestAccount.ADMIN).upload("/imports/rosters", "花名册.xlsx", file, Map.of());

    assertThat(staged.statusCode()).as(staged.body()).isEqualTo(201);
    long plan = JSON.readTree(staged.body()).path("plan").asLong();
    assertThat(
            as(TestAccount.PLANNER)
                .send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"抢先\"}")
                .statusCode())
        .as("another's plan")
        .isEqualTo(404);
    HttpResponse<String> published =
        as(TestAccount.ADMIN).send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"新花名册\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(leader()).isEqualTo("王芳（示例）");
  }

  /** The template as downloaded, with these rows in place of its example. */
  @SafeVarargs
  private byte[] filledTemplate(List<String>... rows) throws IOException {
    byte[] template = as(TestAccount.PLANNER).getBytes("/imports/roster-template.xlsx").body();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.getSheetAt(0);
      sheet.removeRow(sheet.getRow(1));
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].size(); c++) {
          row.createCell(c).setCellValue(rows[r].get(c));
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private String leader() {
    return jdbc.sql(
            "SELECT p.name FROM duty_post d JOIN person p ON p.id = d.leader_id WHERE d.code = :c")
        .param("c", POST)
        .query(String.class)
        .single();
  }

  private int count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }
}
