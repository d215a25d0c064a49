package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Base of the browser tests: the real server with the two-committee fixture (as every {@link
 * ApiTest}), and one headless Chromium per test class, reset before each test (desktop size,
 * Chinese, nothing remembered, signed in as the leader through the sign-in page). Every test fails
 * if the page logged an error to the console (a Content-Security-Policy violation is one).
 */
abstract class BrowserTest extends ApiTest {

  static Browser browser;
  MapPage page;
  private static String spokenLanguage; // set by speak, undone before the next test

  /** What the page showed when a test failed: target/screenshots/failed-{test}.png. */
  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
          }
        }
      };

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void resetBrowser() {
    browser.resize(Browser.DESKTOP);
    if (spokenLanguage != null) {
      browser.acceptLanguage("zh-CN,zh");
      spokenLanguage = null;
    }
    browser.driver.get("about:blank");
    browser.forget(url(""));
    browser.consoleErrors(); // drop what earlier tests left
    page = new MapPage(browser.driver, url(""));
    signIn(TestAccount.LEADER);
  }

  /**
   * Has the browser ask for lang ("zh-CN" or "en") first from now until the test ends, as a browser
   * set to that language does: every page, the sign-in page too, opens in it.
   */
  void speak(String lang) {
    browser.acceptLanguage(lang.equals("en") ? "en-GB,en" : "zh-CN,zh");
    spokenLanguage = lang;
  }

  /** Signs in through the sign-in page (signing out whoever was signed in first). */
  void signIn(TestAccount account) {
    browser.driver.get("about:blank");
    browser.forget(url(""));
    new SignInPage(browser.driver, url("")).open().signIn(account.username, TestAccount.PASSWORD);
    browser.driver.get("about:blank"); // the map it went on to opens afresh when a test asks
  }

  @AfterEach
  void noConsoleErrors() {
    assertThat(browser.consoleErrors())
        .filteredOn(error -> !expectedConsoleError(error))
        .as("errors in the browser's console")
        .isEmpty();
  }

  /** Whether a console error is one the test provoked (Chromium logs every refused request). */
  boolean expectedConsoleError(String error) {
    return false;
  }

  void screenshot(String name) {
    page.afterPaint();
    browser.screenshot(name);
  }
}
