package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.server.TestAccount;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The leaders' desk in Chromium: reached from the map's user menu, a ranking row opens the
 * committee on the map, the tables download, the pages fit a phone in both languages, and a wall
 * map prints as shown on one sheet of the chosen paper (Chromium's own PDF, {@code @page} sizes).
 */
class LeadersDeskIT extends BrowserTest {

  private static final Dimension WIDE = new Dimension(1400, 900);
  private static final String WEST = "310114118009";
  private static final String EAST = "310114118203";
  private static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Shanghai"));

  @BeforeEach
  void history() {
    for (int back = 5; back >= 0; back--) {
      month(WEST, NOW.minusMonths(back), 0.45 + 0.03 * (5 - back), back);
      month(EAST, NOW.minusMonths(back), 0.92 - 0.02 * (5 - back), 12 - back);
    }
    browser.resize(WIDE);
  }

  @Test
  void aLeaderRanksCommitteesAndOpensOneOnTheMap() {
    page.open("#15/31.2550/121.3100");
    page.find(".og-desk-link").click();
    page.wait.until(ExpectedConditions.urlToBe(url("/desk")));
    assertThat(rankedCodes()).containsExactly(EAST, WEST);
    assertThat(page.text(".og-chosen")).contains("点位覆盖率", "较上月");
    screenshot("desk-1400-zh");

    page.find("[data-indicator='uncovered-slots']").click();
    page.wait.until(ExpectedConditions.urlContains("indicator=uncovered-slots"));
    assertThat(rankedCodes()).containsExactly(WEST, EAST);
    assertThat(page.findAll(".og-trend polyline")).hasSize(1);

    page.find("tr[data-code='" + WEST + "'] .og-open-map").click();
    page.wait.until(ExpectedConditions.urlContains("/committees/" + WEST));
    page.settled();
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    screenshot("desk-opens-map");
  }

  @Test
  void aCommitteesCardLinksToItOnTheDeskEvenBeforeItsFirstAnalysis() {
    page.open("#15/31.2550/121.3100/committees/" + WEST); // nothing analysed yet
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    assertThat(page.findAll("#card [data-section='analysis']")).as("no analysis yet").isEmpty();
    screenshot("card-desk-link-1400-zh");
    page.find(".og-card-desk").click();
    page.wait.until(ExpectedConditions.urlToBe(url("/desk/committees/" + WEST)));
    assertThat(page.text("h1")).contains("金华社区居委会");
    assertThat(page.text("[data-analysis='none']")).startsWith("尚未分析");
    assertThat(page.findAll("table")).as("its posts and slots all the same").hasSize(2);
    screenshot("desk-committee-not-analysed-1400-zh");

    browser.resize(Browser.PHONE);
    browser.driver.get(url("/desk/committees/" + WEST + "?lang=en"));
    assertThat(page.text("[data-analysis='none']")).startsWith("Not yet analysed");
    assertThat(overflow()).as("wider than the phone").isLessThanOrEqualTo(0L);
    screenshot("desk-committee-not-analysed-390-en");
    page.open("#15/31.2550/121.3100/committees/" + WEST);
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    assertThat(page.find(".og-card-desk").isDisplayed()).as("on a phone too").isTrue();
    screenshot("card-desk-link-390");

    TestDatabase.data().analyst().catchUp();
    browser.driver.get(url("/desk/committees/" + WEST));
    assertThat(page.findAll("[data-analysis='none']")).as("analysed now").isEmpty();

    browser.resize(WIDE);
    signIn(TestAccount.STAFF);
    page.open("#15/31.2550/121.3100/committees/" + WEST);
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    assertThat(page.find(".og-card-desk").isDisplayed()).as("staff have no desk").isFalse();
  }

  @Test
  void theDeskAndACommitteesTablesFitAPhoneInEnglishAndChinese() {
    browser.resize(Browser.PHONE);
    for (String path :
        new String[] {"/desk?lang=en", "/desk/committees/" + WEST, "/desk?lang=zh-CN"}) {
      browser.driver.get(url(path));
      page.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("table")));
      assertThat(overflow()).as("%s wider than the phone", path).isLessThanOrEqualTo(0L);
      screenshot("desk-390-" + path.replaceAll("[^a-z0-9]+", "-"));
    }
    browser.driver.get(url("/desk?lang=en"));
    assertThat(page.text("h1")).startsWith("Leader's desk");
  }

  @Test
  void everyTableDownloadsAsCsvAndXlsxFromItsLinks() {
    browser.driver.get(url("/desk/committees/" + WEST + "?lang=en"));
    List<String> links = new ArrayList<>();
    page.findAll("a[download]").forEach(a -> links.add(a.getDomAttribute("href")));
    assertThat(links)
        .containsExactly(
            "/committees/" + WEST + "/report.xlsx", // the duty book's month, for leaders
            "/desk/committees/" + WEST + "/posts.csv",
            "/desk/committees/" + WEST + "/posts.xlsx",
            "/desk/committees/" + WEST + "/slots.csv",
            "/desk/committees/" + WEST + "/slots.xlsx");
    screenshot("desk-committee-1400-en");
    browser.driver.get(url("/desk"));
    page.findAll("a[download]").forEach(a -> links.add(a.getDomAttribute("href")));
    for (String link : links) {
      Map<String, Object> answer = fetch(link);
      assertThat(answer).as(link).containsEntry("status", 200L);
      assertThat(answer.get("disposition").toString()).as(link).startsWith("attachment");
      assertThat(answer.get("type").toString())
          .as(link)
          .startsWith(link.contains(".csv") ? "text/csv" : "application/vnd.openxmlformats");
    }
    assertThat(fetch("/desk/rankings.csv").get("head").toString())
        .as("a byte-order mark, then the heading in the language the reader chose")
        .startsWith("\uFEFFRank,Code,Name");
  }

  @Test
  void aWallMapPrintsAsShownOnOneSheetOfTheChosenPaper() {
    browser.driver.get(url("/desk/print?committee=" + WEST + "&paper=a3&orientation=portrait"));
    assertThat(page.findAll(".og-map path")).isNotEmpty();
    assertThat(page.text(".og-legend")).contains("图例", "综合网格", "值守点位");
    assertThat(page.text(".og-sheet footer")).contains("制图日期", "比例尺 1:", "示例数据");
    screenshot("print-a3-committee-1400-zh");
    assertOnePage(841.89, 1190.55); // A3 portrait in points

    browser.driver.get(url("/desk/print?paper=a4&lang=en"));
    assertThat(page.text(".og-legend")).contains("Legend", "Committees");
    screenshot("print-a4-town-1400-en");
    assertOnePage(841.89, 595.28); // A4 landscape

    browser.resize(Browser.PHONE);
    browser.driver.get(url("/desk/print?paper=a4"));
    assertThat(overflow()).as("the sheet scrolls inside its box").isLessThanOrEqualTo(0L);
    screenshot("print-390-en");
  }

  /** The page printed by Chromium at its CSS page size: each page's width and height in points. */
  private List<double[]> pdfPages() {
    @SuppressWarnings("unchecked")
    Map<String, Object> pdf =
        (Map<String, Object>)
            browser.driver.executeCdpCommand(
                "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
    String text =
        new String(
            Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
    Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
    List<double[]> pages = new ArrayList<>();
    while (box.find()) {
      pages.add(new double[] {Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))});
    }
    return pages;
  }

  private void assertOnePage(double width, double height) {
    List<double[]> pages = pdfPages();
    assertThat(pages).as("pages printed").hasSize(1);
    assertThat(pages.get(0)[0]).isCloseTo(width, within(1.0));
    assertThat(pages.get(0)[1]).isCloseTo(height, within(1.0));
  }

  private List<String> rankedCodes() {
    List<String> codes = new ArrayList<>();
    page.findAll(".og-rankings tbody tr")
        .forEach(row -> codes.add(row.getDomAttribute("data-code")));
    return codes;
  }

  private Long overflow() {
    return (Long)
        browser.driver.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> fetch(String href) {
    return (Map<String, Object>)
        page.js(
            "return fetch(arguments[0]).then(async r => ({status: r.status,"
                + " type: r.headers.get('content-type'),"
                + " disposition: r.headers.get('content-disposition'),"
                + " head: new TextDecoder('utf-8', {ignoreBOM: true})"
                + ".decode((await r.arrayBuffer()).slice(0, 40))}));",
            href);
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
