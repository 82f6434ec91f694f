package bg.kazanlak.inclusion;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium as the municipality's staff have it — Bulgarian first, Sofia's time
 * zone — with its driver and a fresh profile, for the browser tests. The flags keep it off the
 * network this machine does not have (CAMUNDA-NOTES, Selenium). Also the steps every browser test
 * shares: logging in to a webapp as a demo user, clicking, saving a screenshot. Tasklist's own
 * steps (tasks, form-js fields) are {@link Tasklist}'s; the tests' setup is {@link BrowserTest}'s.
 */
final class BulgarianChromium implements AutoCloseable {

  /**
   * Debian's packages; {@code -Dbrowser-it.chromium=...} and {@code -Dbrowser-it.chromedriver=...}
   * override.
   */
  static final Path CHROMIUM =
      Path.of(System.getProperty("browser-it.chromium", "/usr/bin/chromium"));

  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("browser-it.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Every demo user's password (DemoData). */
  static final String DEMO_PASSWORD = "demo";

  final ChromeDriver browser;
  final WebDriverWait wait;
  private final ChromeDriverService driver;
  private final Path profile;

  /** Named by {@link BrowserTest#INSTALLED} for every browser test's {@code @EnabledIf}. */
  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  BulgarianChromium() throws IOException {
    profile = Files.createTempDirectory("browser-it-chromium");
    driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", "Europe/Sofia"))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1400,1000",
        // a Bulgarian browser: Tasklist picks its bg locale
        "--lang=bg");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "bg,bg-BG"));
    browser = new ChromeDriver(driver, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  /** Opens a webapp page (its login form), logs in as a demo user and waits for the header. */
  void logIn(String appUrl, String user) {
    browser.get(appUrl);
    wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")))
        .sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("form button[type='submit']")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("li.account > a.dropdown-toggle")));
  }

  void logOut() {
    click(By.cssSelector("li.account > a.dropdown-toggle"));
    click(By.cssSelector("li.logout > a"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("input[ng-model='username']")));
  }

  void click(By locator) {
    click(wait.until(ExpectedConditions.visibilityOfElementLocated(locator)));
  }

  void click(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) throws IOException {
    return Files.write(
        SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** A PNG of the whole form: the window is stretched to the form's height for the shot. */
  Path formScreenshot(String name) throws IOException {
    Dimension normal = browser.manage().window().getSize();
    Number height =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    """
        document.querySelectorAll('*').forEach(element => {
          if (element.scrollTop > 0) { element.scrollTop = 0; }
        });
        let bottom = document.documentElement.scrollHeight;
        document.querySelectorAll('.modal-dialog, .form-pane').forEach(element => {
          const height = Math.max(element.scrollHeight, element.offsetHeight);
          bottom = Math.max(bottom, element.getBoundingClientRect().top + height + 200);
        });
        return Math.ceil(bottom);""");
    browser
        .manage()
        .window()
        .setSize(
            new Dimension(
                normal.getWidth(),
                Math.min(4000, Math.max(normal.getHeight(), height.intValue()))));
    try {
      return screenshot(name);
    } finally {
      browser.manage().window().setSize(normal);
    }
  }

  @Override
  public void close() {
    browser.quit();
    driver.stop();
    FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
