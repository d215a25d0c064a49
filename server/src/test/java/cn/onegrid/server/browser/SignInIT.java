package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and out in the browser, for each role; the pages keep to their CSP (no errors). */
class SignInIT extends BrowserTest {

  @Test
  void theMapSendsAVisitorToTheSignInPageInChineseAndEnglish() {
    browser.forget(url(""));
    browser.driver.get(url("/"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    String text = browser.driver.findElement(By.tagName("main")).getText();
    assertThat(text).contains("用户名", "密码", "登录").doesNotContain("Username");
    screenshot("sign-in");

    browser.driver.findElement(By.linkText("English")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    assertThat(browser.driver.findElement(By.tagName("main")).getText())
        .contains("Username", "Password", "Sign in")
        .doesNotContain("用户名");
    SignInPage signIn = new SignInPage(browser.driver, url(""));
    signIn.submit(TestAccount.STAFF.username, "not-the-password");
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().endsWith("/login?error"));
    assertThat(signIn.message()).as("the choice outlives the redirect").contains("Wrong username");
    browser.driver.findElement(By.linkText("中文")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
  }

  @Test
  void aWrongPasswordSaysSoWithoutSayingWhichPart() {
    browser.forget(url(""));
    SignInPage signIn = new SignInPage(browser.driver, url("")).open();
    signIn.submit(TestAccount.STAFF.username, "not-the-password");
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().endsWith("/login?error"));
    assertThat(signIn.message()).contains("用户名或密码不对");
  }

  @ParameterizedTest
  @EnumSource(
      value = TestAccount.class,
      names = {"LEADER", "PLANNER", "STAFF", "ADMIN"})
  void everyRoleSeesTheMapAndWhoIsSignedInAndCanSignOut(TestAccount account) {
    signIn(account);
    page.open("#15/31.2550/121.3100");
    assertThat(page.find(".og-user-name").getDomAttribute("data-username"))
        .isEqualTo(account.username);
    assertThat(page.find(".og-user-name").getDomAttribute("data-role"))
        .isEqualTo(account.role.id());

    page.find("#og-sign-out").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().endsWith("/login?logout"));
    assertThat(page.text(".og-message")).contains("已退出");
    browser.driver.get(url("/"));
    assertThat(browser.driver.getCurrentUrl()).as("signed out for real").endsWith("/login");
  }

  @Test
  void staffSeeWholeNumbersInTheirOwnCommitteeOnly() {
    signIn(TestAccount.STAFF);
    page.open("#16/31.2550/121.3100/duty-posts/310114118009P01");
    page.cardTitle();
    assertThat(page.text("[data-section='members']")).contains("13900000002");

    signIn(TestAccount.ADMIN);
    page.open("#16/31.2550/121.3100/duty-posts/310114118009P01");
    page.cardTitle();
    assertThat(page.text("[data-section='members']"))
        .contains("139****0002")
        .doesNotContain("13900000002");
  }

  @Test
  void theApiPagesKeepToTheContentSecurityPolicy() {
    for (String path :
        new String[] {
          "/collections?f=html", "/collections/committees/items?f=html", "/api?f=html"
        }) {
      browser.driver.get(url(path));
      assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    }
    // BrowserTest fails the test on any console error, a CSP violation among them.
  }
}
