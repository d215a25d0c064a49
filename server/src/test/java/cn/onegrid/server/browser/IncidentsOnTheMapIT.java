package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16's "done when" in the browser: a member reports 群租 at a place on the map, on a phone
 * (390×844, touch); it is routed to post P01 with the reason; the committee's staff accept,
 * dispatch, handle, verify and close it on the waiting page, whose closure rate changes; the
 * incidents and hot-spot layers show it.
 */
class IncidentsOnTheMapIT extends BrowserTest {

  /** In post P01's area (IncidentsIT.IN_P01), below the view's centre (clear of the box). */
  private static final double LAT = 31.255;

  private static final double LNG = 121.306;
  private static final String VIEW = "#17/31.2565/121.3060";
  private static final String COMMITTEE = "310114118009";

  @Test
  void aMemberReportsGroupRentingOnThePhoneAndTheCommitteeClosesIt() {
    phone();
    signIn(TestAccount.MEMBER);
    page.open(VIEW);
    int clustersBefore = shown("incidents");
    int hotSpotsBefore = shown("incident-hotspots");

    long id = report();
    WebElement answer = page.find(".og-report-answer");
    assertThat(answer.getText())
        .contains("已上报 #" + id, "（" + COMMITTEE + "P01）")
        .contains("P01 的责任区内");
    screenshot("incident-reported-phone");
    assertThat(
            jdbc.sql("SELECT reported_by || ' ' || state FROM incident WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("member.li reported");

    signIn(TestAccount.STAFF);
    browser.resize(Browser.DESKTOP);
    browser.driver.get(url("/incidents.html?committee=" + COMMITTEE));
    waitForList();
    assertThat(rates()).contains("结案率 0%");
    for (String to : List.of("accepted", "dispatched", "handled", "verified", "closed")) {
      page.find("li[data-id='" + id + "'] button[data-step='" + to + "']").click();
      waitForList();
      assertThat(state(id)).as(to).isEqualTo(to.equals("closed") ? null : to);
    }
    assertThat(rates()).contains("结案率 100%");
    assertThat(
            jdbc.sql("SELECT state FROM incident WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("closed");

    signIn(TestAccount.MEMBER);
    page.open(VIEW);
    assertThat(shown("incidents")).isEqualTo(clustersBefore + 1);
    assertThat(shown("incident-hotspots")).isEqualTo(hotSpotsBefore + 1);
    screenshot("incident-hotspots");
  }

  /** Reports 群租 at the view's centre through the map's reporting box: the incident's id. */
  private long report() {
    page.click(".og-report > summary");
    page.wait.until(
        d -> !d.findElements(By.cssSelector(".og-report option[value='group_renting']")).isEmpty());
    page.clickAt(LAT, LNG);
    page.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".og-report-where"), "31.25500"));
    new Select(page.find(".og-report select")).selectByValue("group_renting");
    page.find(".og-report textarea").sendKeys("12 号楼 301 室疑似群租");
    page.find(".og-report button[type=submit]").click();
    page.wait.until(
        ExpectedConditions.attributeToBeNotEmpty(page.find(".og-report-answer"), "data-id"));
    return Long.parseLong(page.find(".og-report-answer").getDomAttribute("data-id"));
  }

  /** Turns a layer on, reads how many it shows in view, and turns it off again. */
  private int shown(String layer) {
    WebElement panel = page.find(".og-layers");
    boolean folded = panel.getDomAttribute("open") == null; // a phone's panels start folded
    if (folded) {
      page.click(".og-layers > summary");
    }
    page.toggleLayer(layer);
    assertThat(page.layerState(layer)).as(layer).isEqualTo("ready");
    int count = page.layerCount(layer);
    page.toggleLayer(layer);
    if (folded) {
      page.click(".og-layers > summary");
    }
    return count;
  }

  private void waitForList() {
    page.wait.until(ExpectedConditions.attributeToBe(By.id("waiting"), "aria-busy", "false"));
  }

  private String state(long id) {
    List<WebElement> item = browser.driver.findElements(By.cssSelector("li[data-id='" + id + "']"));
    return item.isEmpty() ? null : item.get(0).getDomAttribute("data-state");
  }

  private String rates() {
    return page.text("#rates");
  }

  private void phone() {
    browser.resize(Browser.PHONE);
    browser.driver.executeCdpCommand(
        "Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    browser.driver.executeCdpCommand(
        "Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Shanghai"));
  }
}
