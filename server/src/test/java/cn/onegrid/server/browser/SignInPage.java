package cn.onegrid.server.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in page as a test sees it. */
final class SignInPage {

  private final ChromeDriver driver;
  private final String base;

  SignInPage(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  SignInPage open() {
    driver.get(base + "/login");
    return this;
  }

  /** Fills in the form and sends it; waits until the browser has left the sign-in page. */
  void signIn(String username, String password) {
    submit(username, password);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage("to leave the sign-in page as " + username)
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Fills in the form and sends it, whatever comes of it. */
  void submit(String username, String password) {
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  String message() {
    return driver.findElement(By.cssSelector(".og-message")).getText();
  }
}
