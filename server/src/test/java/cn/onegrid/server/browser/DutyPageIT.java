package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The duty record book on a phone (390×844, touch): a member (李娜, 金华's Thursday evening slot)
 * records a patrol by tapping the post's area, loses the connection while recording a second, and
 * both arrive once when it is back; reports a problem found on patrol with a record and is told
 * where the incident went, offline too; staff confirm a flagged record and the month's figures and
 * the leader's patrolled-area layer change.
 */
class DutyPageIT extends BrowserTest {

  private static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

  /** The page runs in the browser's time zone; the test's slot times are the town's. */
  private static LocalDateTime thursdayEvening() {
    return LocalDate.now(TOWN)
        .minusDays(1)
        .with(TemporalAdjusters.previous(DayOfWeek.THURSDAY))
        .atTime(19, 30);
  }

  @Test
  void aMemberRecordsTwoPatrolsOneOfThemOfflineAndBothArriveOnce() {
    phone();
    signIn(TestAccount.MEMBER);
    open();
    assertThat(browser.driver.findElement(By.id("duty")).getText())
        .contains("金华社区居委会第1党员联勤岗", "周四 19:00–21:00");
    record(thursdayEvening(), "第一次巡逻");
    waitForRecords(1);
    screenshot("duty-member-phone");

    offline(true);
    record(thursdayEvening().plusMinutes(40), "第二次巡逻，断网");
    page.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("duty-status"), "联网后自动发送"));
    assertThat(count()).isEqualTo(1);
    screenshot("duty-member-offline");

    offline(false);
    waitForRecords(2);
    assertThat(count()).isEqualTo(2);
    assertThat(browser.driver.executeScript("return localStorage.getItem('onegrid.duty.outbox')"))
        .isEqualTo("[]");
  }

  @Test
  void aMemberReportsAProblemWithARecordAndIsToldWhereTheIncidentWentOfflineToo() {
    phone();
    signIn(TestAccount.MEMBER);
    open();
    fill(thursdayEvening(), "3号楼楼道堆放杂物");
    problem("security_fire");
    assertThat(browser.driver.findElement(By.id("duty-incident-description")).getAttribute("value"))
        .as("the description is the note until edited")
        .isEqualTo("3号楼楼道堆放杂物");
    submit();
    WebElement status = browser.driver.findElement(By.id("duty-status"));
    page.wait.until(ExpectedConditions.attributeToBeNotEmpty(status, "data-incident"));
    long first = Long.parseLong(status.getAttribute("data-incident"));
    assertThat(status.getText())
        .startsWith("记录已保存，已上报事件 #" + first + "：")
        .endsWith("P01 周四 19–21 时在岗");
    waitForRecords(1);
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("#duty-records a[data-incident='" + first + "']"))
                .getText())
        .isEqualTo("已上报为事件 #" + first);
    screenshot("duty-member-problem");

    offline(true);
    fill(thursdayEvening().plusMinutes(40), "路灯不亮");
    problem("city_appearance");
    WebElement description = browser.driver.findElement(By.id("duty-incident-description"));
    description.clear();
    description.sendKeys("路灯不亮，需报修");
    new Actions(browser.driver).scrollToElement(description).perform();
    screenshot("duty-member-problem-offline");
    submit();
    page.wait.until(ExpectedConditions.attributeToBe(status, "data-kind", "queued"));
    assertThat(incidents()).isEqualTo(1);

    offline(false);
    page.wait.until(
        driver ->
            !status.getAttribute("data-incident").isEmpty()
                && !status.getAttribute("data-incident").equals(String.valueOf(first)));
    long second = Long.parseLong(status.getAttribute("data-incident"));
    assertThat(status.getText()).startsWith("记录已保存，已上报事件 #" + second + "：");
    assertThat(
            jdbc.sql(
                    "SELECT i.description || ' ' || i.type_id || ' ' || r.note FROM incident i"
                        + " JOIN duty_record r ON r.incident_id = i.id WHERE i.id = :id")
                .param("id", second)
                .query(String.class)
                .single())
        .isEqualTo("路灯不亮，需报修 city_appearance 路灯不亮");
    assertThat(incidents()).isEqualTo(2);

    WebElement link =
        browser.driver.findElement(
            By.cssSelector("#duty-records a[data-incident='" + first + "']"));
    new Actions(browser.driver).scrollToElement(link).perform();
    link.click();
    page.wait.until(ExpectedConditions.attributeToBe(By.id("waiting"), "aria-busy", "false"));
    long record =
        jdbc.sql("SELECT id FROM duty_record WHERE incident_id = :id")
            .param("id", first)
            .query(Long.class)
            .single();
    assertThat(browser.driver.findElement(By.id("waiting")).getText())
        .contains("#" + first, "3号楼楼道堆放杂物", "来自值勤记录 #" + record);
  }

  @Test
  void staffConfirmAFlaggedRecordAndTheMonthsFiguresChange() {
    String start = thursdayEvening().atZone(TOWN).toOffsetDateTime().toString();
    String end = thursdayEvening().plusMinutes(30).atZone(TOWN).toOffsetDateTime().toString();
    HttpResponse<String> flagged =
        as(TestAccount.MEMBER)
            .send(
                "POST",
                "/duty-records",
                "{\"post\":\"310114118009P01\",\"dutyType\":\"sanitation\",\"start\":\""
                    + start
                    + "\",\"end\":\""
                    + end
                    + "\",\"place\":{\"type\":\"Point\",\"coordinates\":[121.309,31.259]}}");
    assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
    String month = start.substring(0, 7);
    int before = compliance(month);
    assertThat(patrolledRecords(month)).as("a flagged record reaches no patrolled area").isZero();

    phone();
    signIn(TestAccount.STAFF);
    open();
    WebElement pending = browser.driver.findElement(By.id("duty-pending"));
    assertThat(pending.getText()).contains("李娜（示例）", "不在岗区内");
    screenshot("duty-staff-phone");
    pending.findElement(By.cssSelector("button[data-action=confirm]")).click();
    page.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("duty-pending"), "暂无"));
    assertThat(jdbc.sql("SELECT review FROM duty_record").query(String.class).single())
        .isEqualTo("confirmed");
    assertThat(compliance(month))
        .as("a flagged record counts once confirmed")
        .isEqualTo(before + 1);
    assertThat(patrolledRecords(month))
        .as("the leader's patrolled-area layer for the month holds it once confirmed")
        .isEqualTo(1);
  }

  /** The records in 金华's patrolled area for the month, as the leader's layer reads it. */
  private int patrolledRecords(String month) {
    return JSON.readTree(
            get("/collections/patrolled-areas/items?committee_code=310114118009&month=" + month)
                .body())
        .path("features")
        .path(0)
        .path("properties")
        .path("records")
        .asInt();
  }

  private int compliance(String month) {
    return JSON.readTree(get("/compliance?month=" + month).body())
        .path("town")
        .path("duties")
        .asInt();
  }

  private void phone() {
    browser.resize(Browser.PHONE);
    browser.driver.executeCdpCommand(
        "Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    browser.driver.executeCdpCommand(
        "Emulation.setTimezoneOverride", Map.of("timezoneId", TOWN.getId()));
  }

  private void open() {
    browser.driver.get(url("/duty.html"));
    page.wait.until(ExpectedConditions.attributeToBe(By.id("duty"), "aria-busy", "false"));
  }

  private void record(LocalDateTime start, String note) {
    fill(start, note);
    submit();
  }

  private void fill(LocalDateTime start, String note) {
    setValue("duty-start", start.toString().substring(0, 16));
    setValue("duty-end", start.plusMinutes(30).toString().substring(0, 16));
    WebElement map = browser.driver.findElement(By.id("duty-map"));
    new Actions(browser.driver).scrollToElement(map).perform();
    new Actions(browser.driver).moveToElement(map).click().perform(); // the area's centre
    page.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("duty-place"), "31.25"));
    browser.driver.findElement(By.id("duty-note")).sendKeys(note);
  }

  /** Ticks "found a problem" and chooses the incident's type. */
  private void problem(String type) {
    WebElement box = browser.driver.findElement(By.id("duty-problem"));
    new Actions(browser.driver).scrollToElement(box).perform();
    box.click();
    page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("duty-incident-type")));
    new org.openqa.selenium.support.ui.Select(
            browser.driver.findElement(By.id("duty-incident-type")))
        .selectByValue(type);
  }

  private void submit() {
    WebElement submit =
        browser.driver.findElement(By.cssSelector("#duty-form button[type=submit]"));
    new Actions(browser.driver).scrollToElement(submit).perform();
    submit.click();
  }

  private void setValue(String id, String value) {
    browser.driver.executeScript(
        "document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private void waitForRecords(int n) {
    page.wait.until(
        driver -> driver.findElements(By.cssSelector("#duty-records li[data-record]")).size() == n);
  }

  private void offline(boolean offline) {
    browser.driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  private int incidents() {
    return jdbc.sql("SELECT count(*) FROM incident").query(Integer.class).single();
  }

  private int count() {
    return jdbc.sql("SELECT count(*) FROM duty_record").query(Integer.class).single();
  }
}
