package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A committee's own pages as a planner uses them, at 1400×900 and on a phone (390×844), in Chinese
 * and English: the organisation page reached from the committee card (a partner unit and a party
 * group added, a liaison's service day changed, the unit then found by the map's search), the
 * register page (a person added, then changed) and the time table (cells titled with the post's
 * name); no page is wider than the phone.
 */
class CommitteePagesIT extends BrowserTest {

  private static final Dimension WIDE = new Dimension(1400, 900);
  private static final String WEST = "310114118009";
  private static final String ORGANISATION = "/committees/" + WEST + "/organisation";

  @Test
  void aPlannerKeepsTheOrganisationFromTheCommitteeCardAndSearchFindsTheNewUnit() {
    signIn(TestAccount.COMMITTEE_PLANNER);
    browser.resize(WIDE);
    page.open("#15/31.2550/121.3100/committees/" + WEST);
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    page.find("#card a[href='" + ORGANISATION + "']").click();
    page.wait.until(ExpectedConditions.urlToBe(url(ORGANISATION)));

    openForm("partner-units");
    type("partner-units-name", "示例物流公司");
    new Select(byId("partner-units-kind")).selectByValue("co_building_unit");
    type("partner-units-annualSupportYuan", "5000");
    submit("partner-units");
    message("示例物流公司 已添加。");
    assertThat(rows("partner-units")).contains("示例物流公司 共建单位 5000");

    openForm("party-groups");
    type("party-groups-name", "金华文艺党小组");
    new Select(byId("party-groups-speciality")).selectByValue("arts");
    browser
        .driver
        .findElement(By.xpath("//label[contains(., '李娜（示例）')]/input[@name='members']"))
        .click();
    new Select(byId("party-groups-leader")).selectByVisibleText("李娜（示例）");
    submit("party-groups");
    message("金华文艺党小组 已添加。");
    assertThat(rows("party-groups")).contains("金华文艺党小组 文艺 李娜（示例） 李娜（示例）");
    screenshot("organisation-page");

    page.open("#15/31.2550/121.3100");
    List<WebElement> found = page.search("物流");
    assertThat(found).extracting(WebElement::getText).anyMatch(t -> t.contains("示例物流公司"));
  }

  @Test
  void onAPhoneInEnglishALiaisonsServiceDayIsChangedAndThePageFits() {
    signIn(TestAccount.COMMITTEE_PLANNER);
    browser.resize(Browser.PHONE);
    browser.driver.get(url(ORGANISATION + "?lang=en"));
    assertThat(browser.driver.findElement(By.tagName("h2")).getText())
        .isEqualTo("Organisation of 金华社区居委会 (" + WEST + ")");
    assertFits();

    browser.driver.findElement(By.linkText("镇党委副书记（示例）")).click();
    page.wait.until(ExpectedConditions.urlContains("kind=liaisons"));
    new Select(byId("liaisons-serviceWeekday")).selectByValue("2");
    submit("liaisons");
    message("镇党委副书记（示例） saved.");
    assertThat(rows("liaisons")).contains("Liaison leader Tue");
    assertFits();
    screenshot("organisation-page-phone-en");
  }

  @Test
  void aPlannerRemovesItemsOnceConfirmedOnAPhoneInEnglishAndADesktopInChinese() {
    signIn(TestAccount.COMMITTEE_PLANNER);
    browser.resize(Browser.PHONE);
    browser.driver.get(url(ORGANISATION + "?lang=en"));
    askToRemove("partner-units", "高潮村（示例）");
    assertThat(page.text(".og-confirm")).contains("Remove “高潮村（示例）”?");
    assertFits();
    screenshot("organisation-remove-confirm-phone-en");
    browser.driver.findElement(By.linkText("Cancel")).click();
    page.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".og-confirm"), 0));
    assertThat(rows("partner-units")).as("cancelled: still there").contains("高潮村（示例）");
    askToRemove("partner-units", "高潮村（示例）");
    page.find(".og-confirm button[type='submit']").click();
    message("高潮村（示例） removed.");
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("section[data-kind='partner-units']"))
                .getText())
        .doesNotContain("高潮村（示例）");
    assertFits();
    screenshot("organisation-removed-phone-en");

    browser.resize(WIDE);
    browser.driver.get(url(ORGANISATION + "?lang=zh-CN"));
    askToRemove("liaisons", "镇党委副书记（示例）");
    assertThat(page.text(".og-confirm")).contains("确定删除“镇党委副书记（示例）”？");
    screenshot("organisation-remove-confirm");
    page.find(".og-confirm button[type='submit']").click();
    message("镇党委副书记（示例） 已删除。");
    screenshot("organisation-removed");
  }

  @Test
  void aPlannerAddsThenChangesAPersonOnTheRegisterPageOnADesktopAndAPhone() {
    signIn(TestAccount.COMMITTEE_PLANNER);
    browser.resize(WIDE);
    browser.driver.get(url("/committees/" + WEST + "/register"));
    type("name", "赵敏");
    type("phone", "13800000009");
    new Select(byId("kind")).selectByValue("party_member");
    browser.driver.findElement(By.cssSelector("form.og-person button[type='submit']")).click();
    message("赵敏 已登记。");
    screenshot("register-page");

    browser.resize(Browser.PHONE);
    browser.driver.get(url("/committees/" + WEST + "/register?lang=en"));
    assertFits();
    browser.driver.findElement(By.linkText("赵敏")).click();
    page.wait.until(ExpectedConditions.urlContains("person="));
    // A home unit is kept for registered members (报到党员) only.
    browser.driver.findElement(By.cssSelector("input[name='registered']")).click();
    type("homeUnit", "District health office");
    browser.driver.findElement(By.cssSelector("form.og-person button[type='submit']")).click();
    message("赵敏 is saved.");
    assertThat(browser.driver.findElement(By.cssSelector("table.og-register")).getText())
        .contains("District health office");
    assertFits();
    screenshot("register-page-phone-en");
  }

  @Test
  void theTimeTableShowsCellsTitledByPostNameInBothLanguagesAndSizes() {
    signIn(TestAccount.COMMITTEE_PLANNER);
    browser.resize(WIDE);
    browser.driver.get(url("/committees/" + WEST + "/time-table"));
    List<WebElement> covered = browser.driver.findElements(By.cssSelector("td.og-h1"));
    assertThat(covered).as("Thursday evening and Monday morning, both blocks").isNotEmpty();
    assertThat(covered.get(0).getDomAttribute("title"))
        .contains("金华社区居委会第1党员联勤岗")
        .doesNotContain(WEST + "P01");
    screenshot("time-table");

    browser.resize(Browser.PHONE);
    browser.driver.get(url("/committees/" + WEST + "/time-table?lang=en"));
    assertThat(browser.driver.findElement(By.tagName("h2")).getText()).startsWith("Time coverage");
    assertThat(browser.driver.findElements(By.cssSelector("td.og-h1"))).isNotEmpty();
    assertFits();
    screenshot("time-table-phone-en");
  }

  /** Chooses an item of a kind in its table, then asks to remove it: the confirmation shows. */
  private void askToRemove(String kind, String name) {
    browser
        .driver
        .findElement(By.cssSelector("section[data-kind='" + kind + "'] tbody"))
        .findElement(By.linkText(name))
        .click();
    page.wait.until(ExpectedConditions.urlContains("kind=" + kind));
    browser
        .driver
        .findElement(By.cssSelector("section[data-kind='" + kind + "'] a.og-remove"))
        .click();
    page.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".og-confirm")));
  }

  private void openForm(String kind) {
    WebElement details =
        browser.driver.findElement(By.cssSelector("section[data-kind='" + kind + "'] details"));
    if (details.getDomAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
  }

  private void submit(String kind) {
    browser
        .driver
        .findElement(By.cssSelector("section[data-kind='" + kind + "'] button[type='submit']"))
        .click();
  }

  private String rows(String kind) {
    return browser
        .driver
        .findElement(By.cssSelector("section[data-kind='" + kind + "'] tbody"))
        .getText();
  }

  /** Waits for the page after a form was sent to say this. */
  private void message(String text) {
    page.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".og-message"), text));
  }

  private WebElement byId(String id) {
    return browser.driver.findElement(By.id(id));
  }

  private void type(String id, String text) {
    byId(id).clear();
    byId(id).sendKeys(text);
  }

  /** No page is wider than the phone: wide tables scroll inside their card. */
  private void assertFits() {
    Long overflow =
        (Long)
            browser.driver.executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;");
    assertThat(overflow).as("wider than the screen").isLessThanOrEqualTo(0L);
  }
}
