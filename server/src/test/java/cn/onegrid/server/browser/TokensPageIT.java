package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A person makes a token for QGIS on the tokens page, sees its secret once, and revokes it. */
class TokensPageIT extends BrowserTest {

  private static final String HOSTILE = "<img src=x onerror=alert(1)>";

  @Test
  void aTokenIsMadeShownOnceUsableAndRevoked() {
    signIn(TestAccount.STAFF);
    page.open("#15/31.2550/121.3100");
    page.find(".og-tokens-link").click();
    page.wait.until(ExpectedConditions.urlToBe(url("/tokens")));
    browser.driver.findElement(By.id("name")).sendKeys(HOSTILE);
    browser.driver.findElement(By.cssSelector("form[action='/tokens'] button")).click();

    String secret =
        page.wait
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".og-secret")))
            .getText();
    assertThat(secret).startsWith("og_");
    assertThat(browser.driver.findElement(By.cssSelector(".og-tokens td")).getText())
        .isEqualTo(HOSTILE);
    assertThat(anonymous().withToken(secret).get("/collections").statusCode()).isEqualTo(200);
    screenshot("tokens");

    browser.driver.get(url("/tokens"));
    assertThat(browser.driver.getPageSource()).doesNotContain(secret);
    browser.driver.findElement(By.cssSelector(".og-tokens form button")).click();
    // Revoking posts a form; the page it answers with is at the form's address.
    page.waitFor("the page the revocation answers with")
        .until(ExpectedConditions.urlMatches("/tokens/\\d+/revoke$"));
    assertThat(browser.driver.findElement(By.cssSelector(".og-tokens")).getText()).contains("已撤销");
    assertThat(anonymous().withToken(secret).get("/collections").statusCode()).isEqualTo(401);
  }
}
