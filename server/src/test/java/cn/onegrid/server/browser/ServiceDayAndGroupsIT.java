package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Thursday grid service day page and the party groups on staff's duty page, on a phone
 * (390×844) and a desk (1400×900): staff record a visit and an activity, a leader reads the visit.
 */
class ServiceDayAndGroupsIT extends BrowserTest {

  private static final Dimension WIDE = new Dimension(1400, 900);
  private static final LocalDate THURSDAY =
      LocalDate.now(ZoneId.of("Asia/Shanghai"))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));

  @Test
  void staffRecordAVisitOnAPhoneAndALeaderReadsItOnADesk() {
    browser.resize(Browser.PHONE);
    signIn(TestAccount.STAFF);
    browser.driver.get(url("/service-day?month=" + THURSDAY.toString().substring(0, 7)));
    browser.driver.executeScript(
        "document.getElementById('visitedOn').value = arguments[0];", THURSDAY.toString());
    browser.driver.findElement(By.id("problems")).sendKeys("路灯不亮");
    browser.driver.findElement(By.id("followUp")).sendKeys("转城管中队");
    browser.driver.findElement(By.cssSelector("form.og-visit button[type=submit]")).click();
    page.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".og-visits"), "路灯不亮"));
    assertNoSidewaysScroll();
    browser.screenshot("service-day-staff-phone");

    browser.resize(WIDE);
    signIn(TestAccount.LEADER);
    browser.driver.get(url("/service-day?lang=en&month=" + THURSDAY.toString().substring(0, 7)));
    WebElement visits = browser.driver.findElement(By.cssSelector(".og-visits"));
    assertThat(visits.getText()).contains("镇党委副书记（示例）", "路灯不亮", "转城管中队");
    assertThat(browser.driver.findElements(By.cssSelector("form.og-visit"))).isEmpty();
    browser.screenshot("service-day-leader-desk");
  }

  @Test
  void staffRecordAPartyGroupActivityOnTheirDutyPage() {
    jdbc.sql(
            """
            INSERT INTO party_group (committee_id, name, speciality)
            SELECT id, '读书小组（示例）', 'intellect' FROM committee WHERE code = '310114118009'
            """)
        .update();
    browser.resize(Browser.PHONE);
    signIn(TestAccount.STAFF);
    browser.driver.get(url("/duty.html"));
    page.wait.until(ExpectedConditions.attributeToBe(By.id("duty"), "aria-busy", "false"));
    WebElement groups = browser.driver.findElement(By.id("duty-groups"));
    assertThat(groups.getText()).contains("读书小组（示例）", "未达标");
    groups.findElement(By.cssSelector("input[type=text]")).sendKeys("读书会");
    groups.findElement(By.cssSelector("button[type=submit]")).click();
    page.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("duty-groups"), "达标，积分 5"));
    assertThat(browser.driver.findElement(By.id("duty-report")).getAttribute("href"))
        .endsWith("/committees/310114118009/report.xlsx");
    assertNoSidewaysScroll();
    browser.screenshot("duty-groups-phone");
    browser.resize(WIDE);
    browser.screenshot("duty-groups-desk");
  }

  private void assertNoSidewaysScroll() {
    Object wider =
        browser.driver.executeScript(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertThat(wider).isEqualTo(false);
  }
}
