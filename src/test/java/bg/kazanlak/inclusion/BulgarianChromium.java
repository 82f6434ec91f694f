package bg.kazanlak.inclusion;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium as the municipality's staff have it — Bulgarian first, Sofia's time
 * zone — with its driver and a fresh profile, for the browser tests. The flags keep it off the
 * network this machine does not have (CAMUNDA-NOTES, Selenium).
 */
final class BulgarianChromium implements AutoCloseable {

  /** Debian's packages; {@code -Dbrowser-it.chromium=...} and {@code -Dbrowser-it.chromedriver=...} override. */
  static final Path CHROMIUM =
      Path.of(System.getProperty("browser-it.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("browser-it.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver browser;
  private final ChromeDriverService driver;
  private final Path profile;

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  BulgarianChromium() throws IOException {
    profile = Files.createTempDirectory("browser-it-chromium");
    driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Europe/Sofia"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,1000",
        // a Bulgarian browser: Tasklist picks its bg locale
        "--lang=bg");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "bg,bg-BG"));
    browser = new ChromeDriver(driver, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @Override
  public void close() {
    browser.quit();
    driver.stop();
    FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
