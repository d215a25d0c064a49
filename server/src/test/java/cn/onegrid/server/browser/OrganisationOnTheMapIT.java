package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The town's organisation on the map: a residential compound is a layer whose click, search result
 * or link opens its card (its four-in-one team), the committee card names its featured party groups
 * and compounds, and search finds people with their committee and phone.
 */
class OrganisationOnTheMapIT extends BrowserTest {

  private static final String COMPOUND = "310114118009R01";

  @BeforeEach
  void organise() {
    jdbc.sql(
            """
            INSERT INTO residential_compound (committee_id, code, name, boundary, party_organisation,
                                              police_station, property_company, illustrative)
            SELECT id, '310114118009R01', '锦绣苑（示例）',
                   ST_GeomFromText('MULTIPOLYGON(((121.301 31.251,121.304 31.251,121.304 31.254,
                                     121.301 31.254,121.301 31.251)))', 4326),
                   '金华居民区党总支（示例）', '示例第一派出所（示例）', '示例物业（示例）', true
              FROM committee WHERE code = '310114118009';
            INSERT INTO party_group (committee_id, name, speciality)
            SELECT id, '金华健身特色党小组', 'fitness' FROM committee WHERE code = '310114118009';
            INSERT INTO party_group_member (group_id, person_id)
            SELECT g.id, p.id FROM party_group g, person p WHERE p.name = '李娜（示例）';
            """)
        .update();
  }

  @Test
  void aCompoundsLinkOpensItsCardWithItsFourInOneTeam() {
    page.open("#17/31.2525/121.3025/residential-compounds/" + COMPOUND);

    assertThat(page.cardTitle()).isEqualTo("锦绣苑（示例）");
    assertThat(page.text(".og-card-kind")).isEqualTo("居民小区 · " + COMPOUND);
    assertThat(page.text("[data-section='four-in-one']"))
        .contains("金华居民区党总支（示例）", "示例第一派出所（示例）", "示例物业（示例）", "业委会", "未登记");
    assertThat(page.layerCount("residential-compounds")).isEqualTo(1);
    screenshot("compound-card");
  }

  @Test
  void clickingACompoundOpensItsCardAndItsCommitteeNamesItsGroupsAndCompounds() {
    page.open("#17/31.2525/121.3025");

    page.clickAt(31.2525, 121.3025);
    assertThat(page.cardTitle()).isEqualTo("锦绣苑（示例）");
    assertThat(page.hash()).endsWith("/residential-compounds/" + COMPOUND);

    page.find(".og-fields .og-link[data-code='310114118009']").click();
    page.wait.until(d -> page.hash().endsWith("/committees/310114118009"));
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    assertThat(page.text("[data-section='party-groups']")).contains("健身", "金华健身特色党小组", "李娜（示例）");
    assertThat(page.text("[data-section='compounds']")).contains("锦绣苑（示例）", "示例物业（示例）");
  }

  @Test
  void onAPhoneSearchResultsAreAsWideAsTheScreenSoAPostsCodeShowsWhole() {
    browser.resize(Browser.PHONE);
    page.open("#16/31.2550/121.3100");

    List<WebElement> results = page.search("P01");
    assertThat(results).hasSize(2);
    long width = (Long) page.js("return document.getElementById('og-search-results').offsetWidth;");
    assertThat(width).as("the list spans the screen, not the box").isGreaterThan(350);
    assertThat(
            (Boolean)
                page.js(
                    "return [...document.querySelectorAll('#og-search-results .og-option-kind')]"
                        + ".every(e => e.scrollWidth <= e.clientWidth);"))
        .as("no code cut off")
        .isTrue();
    screenshot("phone-search");
  }

  @Test
  void searchFindsAPersonWithTheirCommitteeAndPhoneAndOpensTheCommittee() {
    page.open("#16/31.2550/121.3100");

    List<WebElement> results = page.search("李娜");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).getText()).contains("李娜（示例）", "人员", "金华社区居委会", "13900000002");
    page.searchInput().sendKeys(Keys.ENTER);
    assertThat(page.cardTitle()).isEqualTo("金华社区居委会");
    screenshot("person-found");
  }
}
