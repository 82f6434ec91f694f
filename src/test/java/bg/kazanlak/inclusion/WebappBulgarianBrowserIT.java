package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo as a Bulgarian browser in Sofia sees it: Tasklist and Cockpit count from the programme
 * clock (a due date reads in days, nothing "years ago"), and no English text from the built-in
 * parts (form-js, dmn-js, the header) is left on the screens visited; the migration banner is
 * hidden. Screenshots go to {@code target/screenshots/}. Like {@link TasklistBrowserIT}, runs with
 * Debian's chromium and chromedriver and is skipped without them.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:browser-bulgarian;DB_CLOSE_DELAY=-1")
@EnabledIf(value = BrowserTest.INSTALLED, disabledReason = BrowserTest.NOT_INSTALLED)
class WebappBulgarianBrowserIT extends BrowserTest {

  /** Built-in English texts the locale files do not reach; none may be left on screen. */
  private static final List<String> ENGLISH =
      List.of(
          "Field is required",
          "Select",
          "Search",
          "Welcome",
          "Hit policy",
          "When",
          "Then",
          "Annotations",
          "Actions",
          "years ago",
          "migrate");

  @Autowired RepositoryService repository;

  @Test
  void theHrOfficerSeesTheProgrammesTimeInBulgarian() throws IOException {
    browser.get(tasklist.url());
    wait.until(visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    noEnglish("the login page");
    tasklist.logIn("hr");

    // Tasklist opens the group's open tasks, and the timesheet due on 6 June reads in days
    WebElement active =
        wait.until(visibilityOfElementLocated(By.cssSelector(".task-filters .item.active")));
    assertThat(active.getText()).contains("отворени задачи");
    WebElement list = wait.until(visibilityOfElementLocated(By.cssSelector("ol.tasks-list > li")));
    wait.until(ignored -> !browser.findElements(By.cssSelector("ol.tasks-list > li")).isEmpty());
    String cards = browser.findElement(By.cssSelector("ol.tasks-list")).getText();
    chromium.screenshot("10-tasklist-programme-time");
    assertThat(cards).as("task cards").doesNotContain("годин").containsPattern("след \\d+ дни");
    assertThat(list.isDisplayed()).isTrue();
    assertThat(
            browser.findElements(By.cssSelector(".ce-eol-banner")).stream()
                .filter(WebElement::isDisplayed))
        .isEmpty();
    noEnglish("the task list");
    tasklist.logOut();
  }

  @Test
  void formJsSpeaksBulgarianWithABulgarianDatePicker() throws IOException {
    tasklist.logIn("finance");
    tasklist.startProcess("Одобрение на разход");
    wait.until(visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-container")));
    // the required checks of form-js, triggered by starting an empty form
    chromium.click(By.cssSelector(".modal-content button[ng-click='startProcessInstance()']"));
    wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error")));
    assertThat(browser.findElement(By.cssSelector(".fjs-form-field-error")).getText())
        .contains("Полето е задължително");
    // the date picker: Bulgarian names, Monday first, dd.MM.yyyy
    WebElement date = browser.findElement(By.cssSelector(".fjs-datepicker input"));
    assertThat(date.getDomAttribute("placeholder")).isEqualTo("дд.мм.гггг");
    chromium.click(date);
    WebElement calendar =
        wait.until(visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    assertThat(calendar.findElement(By.cssSelector(".flatpickr-weekday")).getText().trim())
        .isEqualTo("Пн");
    // opens on the programme's month (June 2022), not the real one
    assertThat(
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const month = arguments[0].querySelector('.flatpickr-monthDropdown-months');"
                        + "return month.options[month.selectedIndex].text + ' '"
                        + " + arguments[0].querySelector('.cur-year').value;",
                    calendar))
        .isEqualTo("Юни 2022");
    chromium.click(calendar.findElement(By.cssSelector(".flatpickr-day.today")));
    assertThat(date.getDomProperty("value")).startsWith("01.06.2022");
    chromium.screenshot("11-start-form-bulgarian");
    noEnglish("the expense start form");
  }

  @Test
  void cockpitShowsDecisionTablesInBulgarian() throws IOException {
    String decision =
        repository.createDecisionDefinitionQuery().latestVersion().list().get(0).getId();
    chromium.logIn(url("/camunda/app/cockpit/default/"), "manager");
    noEnglish("the Cockpit dashboard");
    browser.get(url("/camunda/app/cockpit/default/#/decision-definition/" + decision));
    wait.until(
        visibilityOfElementLocated(By.cssSelector(".tjs-table, .dmn-decision-table-container")));
    wait.until(ignored -> browser.findElement(By.tagName("body")).getText().contains("Когато"));
    chromium.screenshot("12-cockpit-decision-table");
    noEnglish("a decision table in Cockpit");
  }

  private void noEnglish(String screen) {
    String text = browser.findElement(By.tagName("body")).getText();
    @SuppressWarnings("unchecked")
    List<String> hints =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    """
        return [...document.querySelectorAll('[placeholder]')]
          .filter(e => e.offsetParent !== null).map(e => e.getAttribute('placeholder'));""");
    List<String> found = new ArrayList<>();
    for (String english : ENGLISH) {
      if (text.matches("(?s).*\\b" + english + "\\b.*") || hints.contains(english)) {
        found.add(english);
      }
    }
    assertThat(found).as("English on %s", screen).isEmpty();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
