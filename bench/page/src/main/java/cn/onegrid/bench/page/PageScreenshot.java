package cn.onegrid.bench.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;

/**
 * A screenshot of a map view as a signed-in reader sees it (ONEGRID_USER, ONEGRID_PASSWORD), once
 * the page is usable: {@code PageScreenshot URL OUT.png}. For the README and for looking at the
 * page as its users do.
 */
public final class PageScreenshot {

  private PageScreenshot() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String url = args[0];
    try (Chromium chromium = new Chromium()) {
      chromium.signedIn(url.contains("/#") ? url.substring(0, url.indexOf("/#") + 1) : url);
      chromium.driver.get(url);
      try {
        Timeline.usableAt(chromium);
      } finally {
        Thread.sleep(1000); // labels and the last features of the canvas
        Files.write(Path.of(args[1]), chromium.driver.getScreenshotAs(OutputType.BYTES));
      }
    }
  }
}
