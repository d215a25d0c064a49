package cn.onegrid.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The desk over HTTP: the dashboard, its tables as files, the wall map, and bad requests. */
class DeskPagesIT extends ApiTest {

  private static final String WEST = "310114118009";
  private static final String EAST = "310114118203";
  private static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Shanghai"));

  @BeforeEach
  void twoMonthsOfHistory() {
    month(WEST, NOW.minusMonths(1), 0.50, 10);
    month(WEST, NOW, 0.60, 4);
    month(EAST, NOW.minusMonths(1), 0.90, 0);
    month(EAST, NOW, 0.80, 2);
  }

  @Test
  void theDashboardRanksCommitteesWithTheTownsValueAndLastMonthsChange() {
    HttpResponse<String> page = as(TestAccount.LEADER).get("/desk?indicator=coverage");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    String body = page.body();
    assertThat(body.indexOf("data-code=\"" + EAST + "\""))
        .as("the better committee first")
        .isPositive()
        .isLessThan(body.indexOf("data-code=\"" + WEST + "\""));
    assertThat(body)
        .contains("70.0%") // the town this month: (0.6 + 0.8) / 2 of equal areas
        .contains("较上月 ±0.0 个百分点") // last month (0.5 + 0.9) / 2 as well
        .contains("-10.0 个百分点") // the east committee's change
        .containsPattern("href=\"/#1[0-8]/31\\.25\\d+/121\\.31\\d+/committees/" + EAST + "\"")
        .contains("/desk/committees/" + EAST)
        .contains("<polyline points=\"");
  }

  @Test
  void theDashboardSpeaksEnglishAndRanksUncoveredSlotsFewestFirst() {
    String body =
        as(TestAccount.PLANNER)
            .get("/desk?indicator=uncovered-slots", "Accept-Language", "en")
            .body();
    assertThat(body).contains("Uncovered slots", "vs last month -4"); // 10 uncovered, now 6
    assertThat(body.indexOf("data-code=\"" + EAST + "\""))
        .isLessThan(body.indexOf("data-code=\"" + WEST + "\""));
  }

  @Test
  void aCityRankingComesAPageAtATimeWhileItsFileHoldsEveryRow() {
    manyCommittees(118); // 120 with the fixture's two: three pages
    String first = as(TestAccount.LEADER).get("/desk?indicator=coverage").body();
    assertThat(first.split("<tr data-code=")).hasSize(RankingPage.SIZE + 1);
    assertThat(first)
        .contains("第 1 / 3 页，共 120 个居村委会")
        .contains("href=\"/desk?indicator=coverage&amp;page=2\" rel=\"next\"")
        .doesNotContain("rel=\"prev\"");
    String last = as(TestAccount.LEADER).get("/desk?indicator=coverage&page=3").body();
    assertThat(last.split("<tr data-code=")).hasSize(20 + 1);
    assertThat(last).contains("<td>120</td>").doesNotContain("rel=\"next\"");
    String csv =
        new String(
            as(TestAccount.LEADER).getBytes("/desk/rankings.csv?indicator=coverage").body(),
            StandardCharsets.UTF_8);
    assertThat(csv.lines()).hasSize(121);
  }

  @Test
  void aCommitteeIsFoundByNameOrCodeWithItsRankInTheTown() {
    manyCommittees(118);
    String found = as(TestAccount.LEADER).get("/desk?find=%E9%AB%98%E6%BD%AE").body(); // 高潮
    assertThat(found.split("<tr data-code=")).hasSize(2);
    assertThat(found)
        .contains("<td>1</td>", "data-code=\"" + EAST + "\"")
        .contains("value=\"高潮\"", "第 1 / 1 页，共 1 个居村委会");
    String byCode = as(TestAccount.LEADER).get("/desk?find=" + WEST + "&lang=en").body();
    assertThat(byCode).contains("data-code=\"" + WEST + "\"", "<td>2</td>", "Page 1 of 1");
    assertThat(as(TestAccount.LEADER).get("/desk?find=nowhere&lang=zh-CN").body())
        .contains("没有名称或代码含“nowhere”的居村委会。");
  }

  @Test
  void aPagePastTheLastIsAProblemNamingHowManyThereAre() {
    HttpResponse<String> response =
        as(TestAccount.LEADER).get("/desk?page=2", "Accept-Language", "en");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("There is no page 2: the last is page 1.");
  }

  @Test
  void anUnknownIndicatorIsAProblemThatNamesTheKnownOnes() {
    HttpResponse<String> response =
        as(TestAccount.LEADER).get("/desk/rankings.csv?indicator=speed");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("speed", "coverage, walking-coverage");
  }

  @Test
  void theRankingDownloadsAsCsvThatExcelReadsInChinese() {
    HttpResponse<byte[]> csv = as(TestAccount.LEADER).getBytes("/desk/rankings.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains(".csv"));
    assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
    assertThat(text.lines())
        .containsExactly(
            "名次,代码,名称,本月,上月,较上月（百分点）",
            "1," + EAST + ",高潮村村委会,0.8,0.9,-10.0",
            "2," + WEST + ",金华社区居委会,0.6,0.5,10.0");
  }

  @Test
  void theRankingDownloadsAsXlsxHeadedInTheReadersLanguage() throws IOException {
    HttpResponse<byte[]> xlsx =
        as(TestAccount.ADMIN)
            .getBytes("/desk/rankings.xlsx?indicator=walking-coverage", "Accept-Language", "en");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("This month");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(EAST);
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(0.8);
    }
  }

  @Test
  void aCommitteesPostsAndSlotsShowAndDownload() throws IOException {
    String page = as(TestAccount.LEADER).get("/desk/committees/" + WEST).body();
    assertThat(page).contains("金华社区居委会", WEST + "P01", "/desk/committees/" + WEST + "/slots.xlsx");
    String posts =
        new String(
            as(TestAccount.LEADER).getBytes("/desk/committees/" + WEST + "/posts.csv").body(),
            StandardCharsets.UTF_8);
    assertThat(posts).contains("代码,名称,职责,点位长", WEST + "P01");
    HttpResponse<byte[]> slots =
        as(TestAccount.LEADER)
            .getBytes("/desk/committees/" + WEST + "/slots.xlsx", "Accept-Language", "en");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(slots.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Weekday");
      assertThat(sheet.getLastRowNum()).isPositive();
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).endsWith("day");
    }
  }

  @Test
  void aCommitteeNotYetAnalysedSaysSoAndStillShowsItsTablesAndPrints() {
    TestDatabase.data().analyst().catchUp();
    jdbc.sql(
            "DELETE FROM analysis_committee"
                + " WHERE committee_id = (SELECT id FROM committee WHERE code = :code)")
        .param("code", EAST)
        .update();

    HttpResponse<String> page = as(TestAccount.LEADER).get("/desk/committees/" + EAST);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("data-analysis=\"none\"", "尚未分析", EAST + "P01");
    assertThat(as(TestAccount.LEADER).get("/desk/committees/" + EAST + "?lang=en").body())
        .contains("Not yet analysed");
    assertThat(as(TestAccount.LEADER).get("/desk/print?committee=" + EAST).statusCode())
        .isEqualTo(200);
    assertThat(as(TestAccount.LEADER).get("/desk/committees/" + WEST).body())
        .doesNotContain("data-analysis=\"none\"");
  }

  @Test
  void anUnknownCommitteeOrFormatIsNotFound() {
    HttpResponse<String> committee = as(TestAccount.LEADER).get("/desk/committees/310114118999");
    assertThat(committee.statusCode()).isEqualTo(404);
    assertThat(committee.body()).contains("310114118999");
    HttpResponse<String> format =
        as(TestAccount.LEADER).get("/desk/committees/" + WEST + "/posts.pdf");
    assertThat(format.statusCode()).isEqualTo(404);
    assertThat(format.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void theWallMapDrawsTheCommitteeOnTheChosenPaperWithItsLegendAndScale() {
    String page =
        as(TestAccount.LEADER)
            .get("/desk/print?committee=" + WEST + "&paper=a3&orientation=portrait")
            .body();
    assertThat(page)
        .contains("og-sheet og-a3p", "<path d=\"M", "<circle cx=", "综合网格", "值守点位")
        .contains("og-north", "og-scale", "比例尺 1:", "制图日期")
        .contains("示例数据"); // the fixture is illustrative
    assertThat(as(TestAccount.LEADER).get("/desk/print").body())
        .contains("og-a4l", "居村委会", "金华社区居委会");
  }

  @Test
  void paperThatIsNotOfferedIsAProblem() {
    HttpResponse<String> response = as(TestAccount.LEADER).get("/desk/print?paper=a0");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("a0", "a4");
  }

  /** Committees ranked below the fixture's two, each a small square in the west one, analysed. */
  private void manyCommittees(int count) {
    jdbc.sql(
            "INSERT INTO committee (town_id, code, kind, name, boundary, illustrative)"
                + " SELECT t.id, '310114118' || (300 + i), 'residents_committee', '第' || i || '居委会',"
                + " ST_Multi(ST_MakeEnvelope(121.301, 31.251, 121.302, 31.252, 4326)), true"
                + " FROM town t, generate_series(1, :count) AS i")
        .param("count", count)
        .update();
    for (int i = 1; i <= count; i++) {
      month("310114118" + (300 + i), NOW, 0.5 - i / 1000.0, 0);
    }
  }

  private void month(String code, YearMonth month, double coverage, int uncovered) {
    jdbc.sql(
            "INSERT INTO analysis_month (committee_id, month, computed_at, area_m2, covered_m2,"
                + " catchment_ratio, uncovered_slots, day_slot_ratios)"
                + " SELECT id, :month, now(), 1e6, :covered, :coverage, :uncovered,"
                + " array_fill(0.5::float8, ARRAY[12]) FROM committee WHERE code = :code")
        .param("code", code)
        .param("month", Date.valueOf(month.atDay(1)))
        .param("covered", coverage * 1e6)
        .param("coverage", coverage)
        .param("uncovered", uncovered)
        .update();
  }
}
