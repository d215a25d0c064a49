package cn.onegrid.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium driven through the system's ChromeDriver (Debian's {@code chromium} and
 * {@code chromium-driver}, or Ubuntu's; {@code CHROME_BIN} and {@code CHROMEDRIVER} point
 * elsewhere), in a fresh profile, offline, recording the page's console.
 */
final class Browser implements AutoCloseable {

  static final Dimension DESKTOP = new Dimension(1280, 800);
  static final Dimension PHONE = new Dimension(390, 844);
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Path profile;
  final ChromeDriver driver;

  Browser() {
    String binary = setting("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    String driverBinary =
        setting("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium-browser/chromedriver");
    if (!Files.isExecutable(Path.of(binary)) || !Files.isExecutable(Path.of(driverBinary))) {
      throw new IllegalStateException(
          "The browser tests need Chromium and ChromeDriver: install chromium and chromium-driver"
              + " (scripts/test does), or set CHROME_BIN and CHROMEDRIVER");
    }
    try {
      profile = Files.createTempDirectory("onegrid-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
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
        "--hide-scrollbars",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    // A browser in the town: headless Chromium asks for English pages whatever --lang says.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(driverBinary).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    resize(DESKTOP);
  }

  /** The languages the browser asks pages for ("en-GB,en"), as a browser set to them does. */
  void acceptLanguage(String tags) {
    String agent = (String) driver.executeScript("return navigator.userAgent");
    driver.executeCdpCommand(
        "Emulation.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", tags));
  }

  /** Sets the size of the page's viewport (not the window, whose frame differs by platform). */
  void resize(Dimension viewport) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of(
            "width",
            viewport.width,
            "height",
            viewport.height,
            "deviceScaleFactor",
            1,
            "mobile",
            viewport.width < 600));
  }

  /** Forgets what pages of this origin stored (the chosen language) and every cookie (sessions). */
  void forget(String origin) {
    driver.executeCdpCommand(
        "Storage.clearDataForOrigin",
        java.util.Map.of("origin", origin, "storageTypes", "local_storage"));
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
  }

  /** The console's errors (and uncaught exceptions) since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves what the page shows to target/screenshots/{name}.png. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }

  /** The environment variable's path, else the first of the usual places that exists. */
  private static String setting(String name, String... usual) {
    String value = System.getenv(name);
    if (value != null && !value.isBlank()) {
      return value;
    }
    return Stream.of(usual)
        .filter(p -> Files.isExecutable(Path.of(p)))
        .findFirst()
        .orElse(usual[0]);
  }
}
