package cn.onegrid.server.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 金华's monthly report as XLSX, opened with POI and read against {@code
 * /committees/{code}/compliance}: the same members, duties, points and party groups.
 */
class MonthlyReportIT extends ApiTest {

  private static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
  private static final String INSIDE = "{\"type\":\"Point\",\"coordinates\":[121.3051,31.2551]}";
  private static final LocalDate DAY =
      LocalDate.now(TOWN).minusDays(1).with(TemporalAdjusters.previous(DayOfWeek.THURSDAY));
  private static final String MONTH = "?month=" + DAY.toString().substring(0, 7);

  @Test
  void theWorkbooksFiguresAreTheComplianceEndpoints() throws IOException {
    OffsetDateTime evening = DAY.atTime(19, 0).atZone(TOWN).toOffsetDateTime();
    duty(evening);
    duty(evening.plusHours(1));
    long group =
        jdbc.sql(
                """
                INSERT INTO party_group (committee_id, name, speciality)
                SELECT id, '读书小组（示例）', 'intellect' FROM committee WHERE code = '310114118009'
                RETURNING id
                """)
            .query(Long.class)
            .single();
    HttpResponse<String> held =
        as(TestAccount.STAFF)
            .send(
                "POST",
                "/party-groups/" + group + "/activities",
                "{\"heldOn\":\"" + DAY + "\",\"title\":\"读书会\"}");
    assertThat(held.statusCode()).as(held.body()).isEqualTo(201);

    JsonNode compliance = json("/committees/310114118009/compliance" + MONTH);
    HttpResponse<byte[]> file = getBytes("/committees/310114118009/report.xlsx" + MONTH);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(5);
      Row summary = book.getSheetAt(0).getRow(1);
      JsonNode committee = compliance.path("committee");
      assertThat(summary.getCell(0).getStringCellValue()).isEqualTo("310114118009");
      assertThat(number(summary, 3)).isEqualTo(committee.path("members").asInt());
      assertThat(number(summary, 4)).isEqualTo(committee.path("compliant").asInt());
      assertThat(number(summary, 7)).isEqualTo(committee.path("duties").asInt()).isEqualTo(2);
      assertThat(number(summary, 8)).isEqualTo(committee.path("groups").asInt());
      assertThat(number(summary, 9)).isEqualTo(committee.path("groupsCompliant").asInt());
      assertThat(number(summary, 10)).isEqualTo(committee.path("points").asInt()).isEqualTo(9);

      Sheet members = book.getSheetAt(1);
      assertThat(members.getLastRowNum()).isEqualTo(compliance.path("members").size());
      for (int i = 0; i < compliance.path("members").size(); i++) {
        JsonNode member = compliance.path("members").get(i);
        Row row = members.getRow(i + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(member.path("name").asString());
        assertThat(number(row, 1)).isEqualTo(member.path("duties").asInt());
        assertThat(number(row, 2)).isEqualTo(member.path("points").asInt());
      }
      Row post = book.getSheetAt(2).getRow(1);
      assertThat(number(post, 5)).isEqualTo(compliance.path("posts").get(0).path("duties").asInt());
      Row readers = book.getSheetAt(3).getRow(1);
      assertThat(readers.getCell(0).getStringCellValue()).isEqualTo("读书小组（示例）");
      assertThat(number(readers, 4))
          .isEqualTo(compliance.path("groups").get(0).path("points").asInt());
      assertThat(book.getSheetAt(4).getRow(1).getCell(2).getStringCellValue()).isEqualTo("读书会");
    }
  }

  @Test
  void staffReadTheirOwnCommitteesReportOnly() {
    assertThat(as(TestAccount.STAFF).getBytes("/committees/310114118009/report.xlsx").statusCode())
        .isEqualTo(200);
    assertThat(as(TestAccount.STAFF).getBytes("/committees/310114118203/report.xlsx").statusCode())
        .isEqualTo(404);
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'view-duty-report'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theLeadersDeskLinksTheReportAndPlannersDeskDoesNot() {
    String link = "/committees/310114118009/report.xlsx";
    assertThat(get("/desk/committees/310114118009").body()).contains(link);
    assertThat(as(TestAccount.PLANNER).get("/desk/committees/310114118009").body())
        .doesNotContain(link);
  }

  private static int number(Row row, int cell) {
    return (int) row.getCell(cell).getNumericCellValue();
  }

  private void duty(OffsetDateTime start) {
    HttpResponse<String> sent =
        as(TestAccount.MEMBER)
            .send(
                "POST",
                "/duty-records",
                "{\"post\":\"310114118009P01\",\"dutyType\":\"sanitation\",\"start\":\""
                    + start
                    + "\",\"end\":\""
                    + start.plusMinutes(45)
                    + "\",\"place\":"
                    + INSIDE
                    + "}");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
  }
}
