package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** Names are data, shown as text everywhere: a name that looks like HTML never becomes HTML. */
class HostileNamesIT extends BrowserTest {

  private static final String HOSTILE = "<img src=x onerror=alert(1)>";
  private static final String JINHUA = "310114118009";

  @BeforeEach
  void renameACommittee() {
    jdbc.sql("UPDATE committee SET name = :name WHERE code = :code")
        .param("name", HOSTILE)
        .param("code", JINHUA)
        .update();
  }

  @Test
  void aNameThatLooksLikeHtmlShowsLiterallyInCardLabelAndSearch() {
    page.open("#16/31.2550/121.3100/committees/" + JINHUA);

    assertThat(page.cardTitle()).isEqualTo(HOSTILE);
    assertThat(page.labels()).containsEntry(JINHUA, HOSTILE);

    List<WebElement> results = page.search("onerror");
    assertThat(results).hasSize(1);
    assertThat(page.text("#og-search-option-0 .og-option-name")).isEqualTo(HOSTILE);
    screenshot("hostile-name");

    page.open("#16/31.2550/121.3100/comprehensive-grids/" + JINHUA + "01");
    page.cardTitle();
    assertThat(page.text(".og-fields .og-link[data-code='" + JINHUA + "']")).isEqualTo(HOSTILE);

    assertThat(page.js("return document.querySelectorAll('img[src=\"x\"]').length;")).isEqualTo(0L);
    assertThatThrownBy(() -> browser.driver.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }
}
