package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.server.TestAccount;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * Names are data, shown as text everywhere and for everyone: a committee, a person or an account
 * whose name looks like HTML never becomes HTML, on the map, in cards, in search or in the top bar.
 */
class HostileNamesIT extends BrowserTest {

  private static final String HOSTILE = "<img src=x onerror=alert(1)>";
  private static final String HOSTILE_PERSON = "<script>alert(2)</script>";
  private static final String JINHUA = "310114118009";

  @BeforeEach
  void renameACommitteeAPersonAndTheAccounts() {
    jdbc.sql("UPDATE committee SET name = :name WHERE code = :code")
        .param("name", HOSTILE)
        .param("code", JINHUA)
        .update();
    jdbc.sql("UPDATE person SET name = :name WHERE phone = '13900000002'")
        .param("name", HOSTILE_PERSON)
        .update();
    jdbc.sql("UPDATE account SET display_name = :name").param("name", HOSTILE).update();
  }

  @ParameterizedTest
  @EnumSource(
      value = TestAccount.class,
      names = {"LEADER", "PLANNER", "STAFF", "ADMIN"})
  void aNameThatLooksLikeHtmlShowsLiterallyForEveryRole(TestAccount account) {
    signIn(account);
    page.open("#16/31.2550/121.3100/committees/" + JINHUA);

    assertThat(page.cardTitle()).isEqualTo(HOSTILE);
    assertThat(page.labels()).containsEntry(JINHUA, HOSTILE);
    assertThat(page.text(".og-user-name")).startsWith(HOSTILE);

    List<WebElement> results = page.search("onerror");
    assertThat(results).hasSize(1);
    assertThat(page.text("#og-search-option-0 .og-option-name")).isEqualTo(HOSTILE);
    screenshot("hostile-name-" + account.name().toLowerCase());

    page.open("#16/31.2550/121.3100/comprehensive-grids/" + JINHUA + "01");
    page.cardTitle();
    assertThat(page.text(".og-fields .og-link[data-code='" + JINHUA + "']")).isEqualTo(HOSTILE);

    page.open("#16/31.2550/121.3100/duty-posts/" + JINHUA + "P01");
    page.cardTitle();
    assertThat(page.text("[data-section='members']")).contains(HOSTILE_PERSON);

    assertThat(page.js("return document.querySelectorAll('img[src=\"x\"]').length;")).isEqualTo(0L);
    assertThat(page.js("return document.querySelectorAll('#card script').length;")).isEqualTo(0L);
    assertThatThrownBy(() -> browser.driver.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }
}
