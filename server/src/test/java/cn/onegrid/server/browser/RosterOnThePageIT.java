package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The import page's roster section: an administrator uploads the template filled with two rows,
 * sees the draft plan it made and publishes it there; a file with bad rows lists each error by row
 * and column, and nothing is written.
 */
class RosterOnThePageIT extends BrowserTest {

  private static final String POST = "310114118009P01";

  @TempDir Path work;

  @Override
  boolean expectedConsoleError(String error) {
    // the bad file is refused on purpose (422)
    return error.contains("/imports/rosters") && error.contains("422");
  }

  @Test
  void aFilledTemplateBecomesADraftThatPublishesAndABadOneListsItsErrors() throws IOException {
    Path good =
        filledTemplate(
            "花名册.xlsx",
            List.of(POST, "王芳（示例）", "13900000003", "孙丽 13600000005", "周六", "09:00", "11:00", ""),
            List.of(POST, "", "", "", "周日", "09:00", "11:00", "孙丽"));
    signIn(TestAccount.ADMIN);
    browser.driver.get(url("/import"));

    find("og-roster-file").sendKeys(good.toString());
    find("og-roster-plan-name").sendKeys("新花名册");
    browser.driver.findElement(By.cssSelector("#og-roster-form button")).click();
    state("drafted");
    long plan = latestPlan();
    assertThat(planState(plan)).isEqualTo("draft");
    assertThat(find("og-roster-status").getText()).contains("#" + plan, "1 个岗位", "孙丽 13600000005");
    assertThat(find("og-roster-errors").findElements(By.tagName("li"))).isEmpty();
    assertThat(leader()).as("nothing published yet").isEqualTo("张伟（示例）");
    screenshot("roster-drafted");

    find("og-roster-reason").sendKeys("新花名册");
    browser.driver.findElement(By.cssSelector("#og-roster-publish button")).click();
    state("published");
    assertThat(planState(plan)).isEqualTo("published");
    assertThat(leader()).isEqualTo("王芳（示例）");

    int plans = count("plan");
    Path bad =
        filledTemplate(
            "坏花名册.xlsx",
            List.of(POST, "王芳（示例）", "1390000", "", "周六", "9点", "11:00", ""),
            List.of("310114118009P99", "", "", "", "周六", "09:00", "11:00", ""));
    find("og-roster-file").sendKeys(bad.toString());
    browser.driver.findElement(By.cssSelector("#og-roster-form button")).click();
    state("refused");
    assertThat(
            find("og-roster-errors").findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList())
        .satisfiesExactly(
            e -> assertThat(e).startsWith("第 2 行“组长”："),
            e -> assertThat(e).startsWith("第 2 行“开始时间”：").contains("9点"),
            e -> assertThat(e).startsWith("第 3 行“岗位编号”：").contains("310114118009P99"));
    assertThat(find("og-roster-status").getText()).contains("3 处错误");
    assertThat(find("og-roster-publish").isDisplayed()).isFalse();
    assertThat(count("plan")).isEqualTo(plans);
    screenshot("roster-refused");
  }

  /** The template as the page offers it, with these rows in place of its example. */
  @SafeVarargs
  private Path filledTemplate(String name, List<String>... rows) throws IOException {
    byte[] template = as(TestAccount.ADMIN).getBytes("/imports/roster-template.xlsx").body();
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
      return Files.write(work.resolve(name), out.toByteArray());
    }
  }

  /** Waits for the section's state once it is no longer busy. */
  private void state(String expected) {
    page.wait.until(
        d -> {
          WebElement section = find("og-roster");
          return "false".equals(section.getDomAttribute("aria-busy"))
              && expected.equals(section.getDomAttribute("data-state"));
        });
  }

  private WebElement find(String id) {
    return browser.driver.findElement(By.id(id));
  }

  private long latestPlan() {
    return jdbc.sql("SELECT max(id) FROM plan").query(Long.class).single();
  }

  private String planState(long plan) {
    return jdbc.sql("SELECT state FROM plan WHERE id = :id")
        .param("id", plan)
        .query(String.class)
        .single();
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
