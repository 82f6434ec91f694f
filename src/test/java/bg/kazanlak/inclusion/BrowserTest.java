package bg.kazanlak.inclusion;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scaffolding of every browser test ({@code *BrowserIT}), written once: the application with
 * the demo's data on a random port, its job executor off (a test drives the jobs it waits for), a
 * fresh {@link BulgarianChromium} for each test, closed after it, and {@link Tasklist} on that
 * port. Each test class adds its own in-memory database ({@code @TestPropertySource}) and
 * {@code @EnabledIf(value = BrowserTest.INSTALLED, disabledReason = BrowserTest.NOT_INSTALLED)}:
 * JUnit does not inherit {@code @EnabledIf}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("demo")
abstract class BrowserTest {

  /**
   * The condition of every browser test. A JUnit condition rather than an assumption in
   * {@code @BeforeAll}: it is evaluated before the Spring context starts (an assumption there still
   * boots the application first) and the test is reported as skipped, not as "0 tests run".
   */
  static final String INSTALLED = "bg.kazanlak.inclusion.BulgarianChromium#installed";

  static final String NOT_INSTALLED =
      "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)";

  @LocalServerPort int port;

  BulgarianChromium chromium;
  ChromeDriver browser;
  WebDriverWait wait;
  Tasklist tasklist;

  @BeforeEach
  void openBrowser() throws IOException {
    chromium = new BulgarianChromium();
    browser = chromium.browser;
    wait = chromium.wait;
    tasklist = new Tasklist(chromium, port);
  }

  /** Runs after a test class's own {@code @AfterEach} methods (JUnit: the subclass's first). */
  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }
}
