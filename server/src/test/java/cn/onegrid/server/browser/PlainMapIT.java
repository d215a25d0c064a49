package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * With the plain map open to visitors, someone who has not signed in sees the town and committee
 * outlines and no other layer, and the top bar offers to sign in.
 */
@TestPropertySource(
    properties = {
      "onegrid.security.anonymous-map=true",
      "onegrid.security.admin.username=first.admin",
      "onegrid.security.admin.password=given-by-env-1",
      "onegrid.proxy.trusted=127.0.0.1"
    }) // as OpenSettingsIT, so the two share one server
class PlainMapIT extends BrowserTest {

  @Test
  void aVisitorSeesOutlinesAndIsAskedToSignInForTheRest() {
    browser.forget(url(""));
    page.open("#15/31.2550/121.3100", MapPage.PLAIN_MAP_LAYERS);

    assertThat(page.layerState("towns")).isEqualTo("ready");
    assertThat(page.layerCount("committees")).isEqualTo(2);
    assertThat(page.findAll(".og-overlays [data-row]"))
        .as("only the layers a visitor may read are offered")
        .hasSize(2);
    screenshot("plain-map");

    page.find("#user a").click();
    page.wait.until(d -> d.getCurrentUrl().endsWith("/login"));
  }

  /** The page asks for what a visitor may not have; the browser logs each 401, and only those. */
  @AfterEach
  @Override
  void noConsoleErrors() {
    assertThat(browser.consoleErrors())
        .as("errors in the browser's console")
        .allSatisfy(error -> assertThat(error).contains("401 (Unauthorized)"));
  }
}
