package cn.onegrid.bench.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver) with a fresh profile, so every page
 * load is a first visit with an empty cache, and a fixed desktop viewport.
 */
final class Chromium implements AutoCloseable {

  static final int WIDTH = 1366;
  static final int HEIGHT = 768;

  private final Path profile;
  final ChromeDriver driver;

  Chromium() {
    try {
      profile = Files.createTempDirectory("onegrid-bench-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
  }

  /**
   * Signs in through the sign-in page as ONEGRID_USER with ONEGRID_PASSWORD (bench/page/run takes
   * them from the demo profile), then empties the HTTP cache, so that the next page is still a
   * first visit: only the session cookie is kept.
   */
  Chromium signedIn(String base) {
    String user = System.getenv("ONEGRID_USER");
    String password = System.getenv("ONEGRID_PASSWORD");
    if (user == null || password == null) {
      throw new IllegalStateException(
          "Set ONEGRID_USER and ONEGRID_PASSWORD: OneGrid needs a sign-in");
    }
    driver.get(base.replaceAll("/$", "") + "/login");
    driver.findElement(By.name("username")).sendKeys(user);
    driver.findElement(By.name("password")).sendKeys(password);
    driver.findElement(By.name("password")).submit();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.getCurrentUrl().contains("/login"));
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    return this;
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> paths = Files.walk(profile)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: best effort
    }
  }
}
