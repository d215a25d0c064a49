package cn.onegrid.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The import page as the server renders it: for administrators and planners of the whole town, in
 * the reader's language, GBK offered first, the web maps' datums offered, its script its own.
 */
class ImportPageIT extends ApiTest {

  @Test
  void anAdministratorGetsTheFormWithGbkFirst() {
    HttpResponse<String> page = as(TestAccount.ADMIN).get("/import", "Accept-Language", "zh-CN");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    String html = page.body();
    assertThat(html).contains("导入数据", "name=\"file\"", "value=\"gcj02\"", "value=\"bd09\"");
    assertThat(html.indexOf("value=\"GBK\""))
        .isPositive()
        .isLessThan(html.indexOf("value=\"UTF-8\""));
    assertThat(html).contains("EPSG:4549", "/js/import/importPage.js", "/import.css");
    // the administrators' links
    assertThat(html).contains("href=\"/accounts\"");
  }

  @Test
  void aTownWidePlannerGetsItInEnglishWithoutTheAdministratorsLinks() {
    HttpResponse<String> page = as(TestAccount.PLANNER).get("/import", "Accept-Language", "en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Import data", "Web map coordinates", "committee&#39;s grids");
    assertThat(page.body()).doesNotContain("href=\"/accounts\"");
  }

  @Test
  void aPlannerOfOneCommitteeIsRefused() {
    HttpResponse<String> refused = as(TestAccount.COMMITTEE_PLANNER).get("/import");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("310114118009");
  }

  @Test
  void theAdministratorsPagesLinkToIt() {
    assertThat(as(TestAccount.ADMIN).get("/accounts").body()).contains("href=\"/import\"");
  }
}
