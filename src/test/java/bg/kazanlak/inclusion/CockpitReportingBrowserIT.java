package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * The project manager's pages inside Cockpit, on the demo's data: «Показатели» (targets, charts,
 * the reports one click away in the same login) and «Досие на участник» (a participant found by
 * name and by registration number, the case file with a completed process). No English word is left
 * on either page. Screenshots {@code target/screenshots/cockpit-kpi.png} and {@code
 * cockpit-case-file.png}. Skipped without Debian's chromium.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:browser-cockpit-reporting;DB_CLOSE_DELAY=-1")
@EnabledIf(value = BrowserTest.INSTALLED, disabledReason = BrowserTest.NOT_INSTALLED)
class CockpitReportingBrowserIT extends BrowserTest {

  /** Latin words a Bulgarian user reads on these pages: the product's name and file types. */
  /**
   * Names, file types and ISCED (the education levels' international code, as the forms show it).
   */
  private static final Set<String> LATIN_ALLOWED = Set.of("Cockpit", "xlsx", "pdf", "PDF", "ISCED");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

  private String cockpit() {
    return "http://127.0.0.1:" + port + "/camunda/app/cockpit/default/";
  }

  @Test
  void theManagerSeesTheTargetsTheChartsAndTakesAReportInTheSameLogin() throws IOException {
    chromium.logIn(cockpit(), "manager");
    // the dashboard's tile and the header's entry
    wait.until(visibilityOfElementLocated(By.cssSelector(".kazanlak-dashboard-tile")));
    chromium.click(By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='Показатели']"));

    WebElement targets =
        wait.until(visibilityOfElementLocated(By.cssSelector("svg.kazanlak-target-bars")));
    // the targets come from the indicators report: 92 persons employed, 4 houses, 10 households,
    // 50 initiatives, 15 staff jobs
    String bars = text(targets);
    assertThat(bars).contains("/ 92 ", "/ 4 ", "/ 10 ", "/ 50 ", "/ 15 ");
    for (String chart :
        List.of("svg.kazanlak-absorption", "svg.kazanlak-line-chart", "svg.kazanlak-month-bars")) {
      wait.until(ignored -> !browser.findElements(By.cssSelector(chart)).isEmpty());
    }
    String page = text(browser.findElement(By.cssSelector(".kazanlak-page")));
    assertThat(page).contains("ОПРЧР", "ОПНОИР", "Социални работници", "Просрочени");
    assertThat(page).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} г\\.");
    assertThat(browser.findElements(By.cssSelector("svg.kazanlak-line-chart circle"))).isNotEmpty();
    pageScreenshot("cockpit-kpi");

    // the ISUN export defaults to the programme period; the financial report opens in this login
    assertThat(browser.findElement(By.id("kazanlak-export-isun")).getAttribute("href"))
        .endsWith("/api/reports/isun-participants.xlsx?from=2021-01-01&to=2023-06-30");
    // a range typed as Bulgarian staff write dates
    assertThat(browser.findElement(By.id("kazanlak-isun-from")).getAttribute("value"))
        .isEqualTo("01.01.2021");
    WebElement from = browser.findElement(By.id("kazanlak-isun-from"));
    from.clear();
    from.sendKeys("01.03.2022");
    assertThat(browser.findElement(By.id("kazanlak-export-isun")).getAttribute("href"))
        .endsWith("/api/reports/isun-participants.xlsx?from=2022-03-01&to=2023-06-30");
    assertThat(browser.findElement(By.id("kazanlak-export-technical")).getAttribute("href"))
        .endsWith("/api/reports/technical-report.pdf");
    // the refusals of the file's period beside it
    wait.until(
        ignored ->
            browser.findElement(By.id("kazanlak-isun-refusals")).getText().contains("Отказали"));
    // every export downloads in this login
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    Map<String, String> exports =
        Map.of(
            "#kazanlak-export-financial", xlsx,
            "#kazanlak-export-isun", xlsx,
            "#kazanlak-export-technical", "application/pdf");
    exports.forEach(
        (link, type) -> {
          Map<?, ?> download = fetchInPage(link);
          assertThat(download.get("status")).as(link).isEqualTo(200L);
          assertThat((String) download.get("type")).as(link).isEqualTo(type);
        });
    // the ESF indicators by sex, every code with its Bulgarian name
    assertThat(browser.findElements(By.cssSelector("table.kazanlak-esf tbody tr"))).hasSize(28);
    assertThat(
            browser
                .findElement(By.cssSelector("table.kazanlak-esf tr[data-code='CR04']"))
                .getAttribute("textContent"))
        .contains("след напускане");
    noEnglish("«Показатели»");
  }

  @Test
  void theManagerFindsAParticipantByNameAndNumberAndReadsTheCaseFile() throws IOException {
    chromium.logIn(cockpit(), "manager");
    chromium.click(By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='Досие на участник']"));

    search("мехмедова");
    WebElement row =
        wait.until(
            visibilityOfElementLocated(
                By.xpath(
                    "//table[contains(@class,'kazanlak-results')]//tr[td[.='Фатме Мехмедова']]")));
    String registrationNumber = row.getAttribute("data-registration-number");
    assertThat(registrationNumber).startsWith("P-2022-");
    assertThat(row.getText()).containsPattern("\\d{2}\\*{6}\\d{2}");

    search(registrationNumber);
    wait.until(
        ignored ->
            browser.findElements(By.cssSelector("table.kazanlak-results tbody tr")).size() == 1
                && browser
                    .findElement(By.cssSelector("table.kazanlak-results tbody tr"))
                    .getAttribute("data-registration-number")
                    .equals(registrationNumber));
    noEnglish("the search");
    chromium.click(By.cssSelector("table.kazanlak-results a.kazanlak-open-case"));

    wait.until(visibilityOfElementLocated(By.cssSelector("table.kazanlak-processes")));
    assertThat(browser.findElement(By.id("kazanlak-case-registration")).getText())
        .isEqualTo(registrationNumber);
    // onboarding completed, employment running with a link into Cockpit's instance view
    assertThat(
            browser.findElements(
                By.cssSelector(
                    "tr[data-process-key='participant-onboarding'][data-state='COMPLETED']")))
        .hasSize(1);
    WebElement employment =
        browser.findElement(By.cssSelector("tr[data-process-key='employment']"));
    assertThat(employment.getAttribute("data-state")).isEqualTo("ACTIVE");
    assertThat(
            employment.findElement(By.cssSelector("a.kazanlak-cockpit-link")).getAttribute("href"))
        .contains("#/process-instance/");
    String timeline = text(browser.findElement(By.cssSelector(".kazanlak-timeline")));
    assertThat(timeline).contains("Оценка на потребностите", "Задача", "Край на процес");
    pageScreenshot("cockpit-case-file");
    noEnglish("«Досие на участник»");
  }

  /** What the element shows, also below the fold of Cockpit's scrolling view. */
  private String text(WebElement element) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return arguments[0].innerText || arguments[0].textContent;", element);
  }

  /** A PNG of the whole page: the window is stretched to the page's height for the shot. */
  private void pageScreenshot(String name) throws IOException {
    org.openqa.selenium.Dimension normal = browser.manage().window().getSize();
    Number height =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const p = document.querySelector('.kazanlak-page');"
                        + " return Math.ceil(p.getBoundingClientRect().top + p.scrollHeight + 120);");
    browser
        .manage()
        .window()
        .setSize(
            new org.openqa.selenium.Dimension(
                normal.getWidth(),
                Math.min(4000, Math.max(normal.getHeight(), height.intValue()))));
    try {
      chromium.screenshot(name);
    } finally {
      browser.manage().window().setSize(normal);
    }
  }

  private void search(String term) {
    WebElement input = wait.until(visibilityOfElementLocated(By.id("kazanlak-case-search")));
    input.clear();
    input.sendKeys(term);
    chromium.click(By.id("kazanlak-case-search-button"));
  }

  /** The link's download fetched by the page itself: the Cockpit session, no other login. */
  private Map<?, ?> fetchInPage(String selector) {
    return (Map<?, ?>)
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                """
        const done = arguments[arguments.length - 1];
        fetch(document.querySelector(arguments[0]).href, {credentials: 'same-origin'})
          .then(r => done({status: r.status, type: r.headers.get('content-type')}))
          .catch(e => done({status: -1, type: String(e)}));""",
                selector);
  }

  private void noEnglish(String where) {
    String text = text(browser.findElement(By.cssSelector(".kazanlak-page")));
    List<String> english = new ArrayList<>();
    Matcher words = LATIN_WORD.matcher(text);
    while (words.find()) {
      if (!LATIN_ALLOWED.contains(words.group())) {
        english.add(words.group());
      }
    }
    assertThat(english).as("English on %s", where).isEmpty();
  }
}
