package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.TestAccount;
import cn.onegrid.server.transfer.ImportFiles;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator brings the town's micro-grids in from a GBK shapefile with Chinese field names
 * (made at test time from the town's own export with ogr2ogr): reaches the import page from the
 * map's user menu, maps the fields the server could not guess, reads the report as a list and on
 * the map, saves it as a draft, publishes it, downloads the town and reverts the whole plan.
 */
class ImportOnThePageIT extends BrowserTest {

  @TempDir Path work;

  @Override
  boolean expectedConsoleError(String error) {
    // the first check is refused on purpose: the fields cannot be guessed (400)
    return error.contains("/imports") && error.contains("400");
  }

  @Test
  void anAdministratorImportsAShapefilePublishesItAndDownloadsTheTown() throws IOException {
    Path zip = shapefile();
    signIn(TestAccount.ADMIN);
    page.open("#15/31.2550/121.3100");
    page.find(".og-import-link").click();
    page.wait.until(ExpectedConditions.urlToBe(url("/import")));
    state("ready");
    assertThat(find("og-import-mapping").isDisplayed()).as("no fields to map yet").isFalse();

    browser.driver.findElement(By.id("og-import-file")).sendKeys(zip.toString());
    select("og-import-target", "micro-grids");
    assertThat(new Select(find("og-import-encoding")).getFirstSelectedOption().getText())
        .startsWith("GBK");
    find("og-import-check").click();
    state("refused");
    assertThat(find("og-import-status").getText()).contains("网格编码", "网格名称");
    assertThat(find("og-import-mapping").isDisplayed()).isTrue();

    select("og-import-code", "网格编码");
    select("og-import-name", "网格名称");
    find("og-import-check").click();
    state("reported");
    assertThat(find("og-import-updated").getText()).isEqualTo("4");
    List<String> kinds =
        browser.driver.findElements(By.cssSelector("#og-import-findings li")).stream()
            .map(li -> li.getDomAttribute("data-kind"))
            .toList();
    assertThat(kinds).contains("name-differs", "gap");
    assertThat(find("og-import-findings").getText()).contains("管理员改名");
    assertThat(Integer.parseInt(find("og-import-map").getDomAttribute("data-findings")))
        .isEqualTo(kinds.size());
    assertThat(browser.driver.findElements(By.cssSelector("#og-import-map path")))
        .as("the findings and the town drawn on the map")
        .hasSizeGreaterThan(kinds.size());
    screenshot("import-report");

    find("og-import-plan-name").sendKeys("微网格普查");
    browser.driver.findElement(By.cssSelector("#og-import-apply button")).click();
    state("drafted");
    long plan = Long.parseLong(find("og-import-plan-id").getText());
    assertThat(planState(plan)).isEqualTo("draft");
    assertThat(gridName("3101141180090101")).isNotEqualTo("管理员改名"); // not before publishing

    find("og-import-reason").sendKeys("2026 年普查");
    browser.driver.findElement(By.cssSelector("#og-import-publish button")).click();
    state("published");
    assertThat(planState(plan)).isEqualTo("published");
    assertThat(gridName("3101141180090101")).isEqualTo("管理员改名");
    screenshot("import-published");

    WebElement export = find("og-import-export");
    assertThat(export.getDomAttribute("href")).isEqualTo("/export");
    @SuppressWarnings("unchecked")
    List<Object> download =
        (List<Object>)
            browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0].href).then(async r => done([r.status,"
                    + " new TextDecoder().decode((await r.arrayBuffer()).slice(0, 15))]));",
                export);
    assertThat(download).containsExactly(200L, "SQLite format 3");

    browser.driver.findElement(By.cssSelector("#og-import-revert-ask > summary")).click();
    assertThat(find("og-import-revert").getText()).contains("将撤销此方案发布的全部修改");
    find("og-import-revert-reason").sendKeys("普查数据有误，整体撤销");
    screenshot("import-revert-confirm");
    browser.driver.findElement(By.cssSelector("#og-import-revert button[type='submit']")).click();
    state("reverted");
    assertThat(find("og-import-status").getText()).startsWith("已撤销整个方案：");
    assertThat(find("og-import-revert-ask").isDisplayed()).isFalse();
    assertThat(planState(plan)).isEqualTo("reverted");
    assertThat(gridName("3101141180090101")).isNotEqualTo("管理员改名");
    screenshot("import-reverted");
  }

  /** The micro-grids as a zipped GBK shapefile, one renamed and one shrunk (a gap). */
  private Path shapefile() throws IOException {
    HttpResponse<byte[]> exported =
        as(TestAccount.ADMIN).getBytes("/collections/micro-grids/export?f=geojson&crs=4326");
    assertThat(exported.statusCode()).isEqualTo(200);
    Path source = Files.write(work.resolve("micro.geojson"), exported.body());
    Files.createDirectories(work.resolve("shp"));
    ImportFiles.ogr2ogr(
        work,
        "-f",
        "ESRI Shapefile",
        "-lco",
        "ENCODING=GBK",
        "-dialect",
        "SQLite",
        "-sql",
        "SELECT code AS 网格编码,"
            + " CASE WHEN code = '3101141180090101' THEN '管理员改名' ELSE name END AS 网格名称,"
            + " CASE WHEN code = '3101141180090102' THEN ST_Buffer(geometry, -0.0003)"
            + " ELSE geometry END AS geometry FROM \"micro-grids\"",
        "shp/微网格.shp",
        source.toString());
    Path[] parts =
        List.of("shp", "shx", "dbf", "prj", "cpg").stream()
            .map(ext -> work.resolve("shp/微网格." + ext))
            .filter(Files::exists)
            .toArray(Path[]::new);
    return Files.write(work.resolve("微网格.zip"), ImportFiles.zip(parts));
  }

  private void state(String expected) {
    page.wait.until(
        d ->
            expected.equals(
                browser
                    .driver
                    .findElement(By.cssSelector("main.og-import"))
                    .getDomAttribute("data-state")));
  }

  private WebElement find(String id) {
    return browser.driver.findElement(By.id(id));
  }

  private void select(String id, String value) {
    new Select(find(id)).selectByValue(value);
  }

  private String planState(long plan) {
    return jdbc.sql("SELECT state FROM plan WHERE id = :id")
        .param("id", plan)
        .query(String.class)
        .single();
  }

  private String gridName(String code) {
    return jdbc.sql("SELECT name FROM grid WHERE code = :code")
        .param("code", code)
        .query(String.class)
        .single();
  }
}
