package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The download control: a layer in the format, CRS and encoding chosen, and the whole town. */
class DownloadIT extends BrowserTest {

  @Test
  void aGbkShapefileOfTheMicroGridsInTheGaussKruegerZoneDownloads() {
    page.open("#15/31.2550/121.3100");
    page.click(".og-download > summary");
    choose("layer", "micro-grids");
    choose("format", "shp");
    choose("crs", "4549");
    choose("encoding", "GBK");
    String href = page.find("a[data-download='layer']").getAttribute("href");
    assertThat(href).isEqualTo(url("/collections/micro-grids/export?f=shp&crs=4549&encoding=GBK"));
    // The link works in the reader's own session, as a click on it would.
    @SuppressWarnings("unchecked")
    Map<String, Object> answer =
        (Map<String, Object>)
            page.js(
                "return fetch(arguments[0]).then(r => ({status: r.status,"
                    + " type: r.headers.get('content-type'),"
                    + " disposition: r.headers.get('content-disposition')}));",
                href);
    assertThat(answer).containsEntry("status", 200L).containsEntry("type", "application/zip");
    assertThat(answer.get("disposition").toString()).contains("onegrid-micro-grids-4549-gbk.zip");
    screenshot("download");
  }

  @Test
  void kmlIsOfferedInWgs84OnlyAndTheTownAsGeoPackage() {
    page.open("#15/31.2550/121.3100");
    page.click(".og-download > summary");
    choose("crs", "4549");
    choose("format", "kml");
    assertThat(page.find("select[data-download='crs']").isEnabled()).isFalse();
    assertThat(page.find("a[data-download='layer']").getAttribute("href"))
        .endsWith("f=kml&crs=4326");
    assertThat(page.findAll("select[data-download='encoding']")).isEmpty();
    assertThat(page.text(".og-download"))
        .as("a control left out leaves no trace (append() writes null as text)")
        .doesNotContain("null");
    assertThat(page.find("a[data-download='town']").getAttribute("href"))
        .isEqualTo(url("/export?crs=4549"));
    assertThat(page.text("a[data-download='town']")).contains("全镇");
  }

  private void choose(String select, String value) {
    new Select(page.find("select[data-download='" + select + "']")).selectByValue(value);
  }
}
