package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.server.TestAccount;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator reaches the account pages from the map, creates an account, reads the audit log
 * filtered to it (the filter offering every audited action, labelled), on a desktop and on a phone,
 * in Chinese and English; the pages fit the phone's width (wide tables scroll inside their card).
 */
class AdminPagesIT extends BrowserTest {

  @Test
  void anAdministratorCreatesAnAccountAndFindsItInTheAuditLog() {
    signIn(TestAccount.ADMIN);
    page.open("#15/31.2550/121.3100");
    page.find(".og-accounts-link").click();
    page.wait.until(ExpectedConditions.urlToBe(url("/accounts")));
    assertThat(browser.driver.findElement(By.tagName("table")).getText())
        .contains(TestAccount.STAFF.username, "工作人员");

    browser.driver.findElement(By.id("username")).sendKeys("zhou.qi");
    browser.driver.findElement(By.id("displayName")).sendKeys("周七");
    new Select(browser.driver.findElement(By.id("role"))).selectByValue("planner");
    browser.driver.findElement(By.id("committees")).sendKeys("310114118009");
    browser.driver.findElement(By.cssSelector("form.og-new-account button")).click();
    String password =
        page.wait
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".og-secret")))
            .getText();
    assertThat(password).hasSizeGreaterThan(11);
    assertThat(new Select(browser.driver.findElement(By.id("role"))).getFirstSelectedOption())
        .extracting(option -> option.getDomAttribute("value"))
        .isEqualTo("planner");
    screenshot("account-created");

    browser.driver.findElement(By.linkText("审计日志")).click();
    page.wait.until(ExpectedConditions.urlToBe(url("/audit")));
    browser.driver.findElement(By.id("action")).sendKeys("create-account");
    browser.driver.findElement(By.cssSelector("form.og-filter button")).click();
    page.wait.until(ExpectedConditions.urlContains("action=create-account"));
    assertThat(browser.driver.findElement(By.cssSelector(".og-audit tbody")).getText())
        .contains("account zhou.qi", TestAccount.ADMIN.username);
    screenshot("audit");
  }

  @Test
  void thePagesFitAPhoneInBothLanguages() {
    signIn(TestAccount.ADMIN);
    browser.resize(Browser.PHONE);
    for (String path : new String[] {"/accounts", "/audit", "/accounts?lang=en", "/audit"}) {
      browser.driver.get(url(path));
      page.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("table")));
      Long overflow =
          (Long)
              browser.driver.executeScript(
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth;");
      assertThat(overflow).as("%s wider than the phone", path).isLessThanOrEqualTo(0L);
    }
    assertThat(browser.driver.findElement(By.tagName("h2")).getText()).isEqualTo("Audit log");
    List<WebElement> offered = browser.driver.findElements(By.cssSelector("#og-actions option"));
    assertThat(offered)
        .as("the filter offers every audited action")
        .extracting(option -> option.getDomAttribute("value"))
        .containsExactly(
            Arrays.stream(AuditAction.values()).map(AuditAction::id).toArray(String[]::new));
    assertThat(offered)
        .extracting(option -> option.getDomAttribute("label"))
        .contains("Duty records viewed", "Monthly duty report viewed")
        .allSatisfy(label -> assertThat(label).isNotBlank().doesNotStartWith("audit.action."));
    screenshot("audit-phone-en");
  }
}
