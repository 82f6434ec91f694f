package bg.kazanlak.inclusion;

import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in a {@link BulgarianChromium}, as the browser tests use it: logging in, opening
 * and completing a task, and filling its Camunda Form (form-js), whose fields are found by their
 * Bulgarian labels as a person finds them. One place for these steps, so that every browser test
 * finds a field, picks an option or waits for a form the same way.
 */
final class Tasklist {

  /** How form-js's date fields read and show a day here (bulgarian.js: дд.мм.гггг). */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private static final By START_FORM = By.cssSelector(".modal-content .fjs-container");
  private static final By START_BUTTON =
      By.cssSelector(".modal-content button[ng-click='startProcessInstance()']");

  private final BulgarianChromium chromium;
  private final ChromeDriver browser;
  private final WebDriverWait wait;
  private final int port;

  /** {@code port}: the application's (the test's {@code @LocalServerPort}). */
  Tasklist(BulgarianChromium chromium, int port) {
    this.chromium = chromium;
    this.browser = chromium.browser;
    this.wait = chromium.wait;
    this.port = port;
  }

  /** Tasklist's start page (its login form when logged out). */
  String url() {
    return "http://127.0.0.1:" + port + "/camunda/app/tasklist/default/";
  }

  void logIn(String user) {
    chromium.logIn(url(), user);
  }

  void logOut() {
    chromium.logOut();
  }

  /**
   * Opens the start dialog of the process with the (Bulgarian) name and waits for its start form (a
   * Camunda Form).
   */
  void startProcess(String name) {
    chromium.click(By.cssSelector(".start-process-action"));
    chromium.click(
        By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='" + name + "']"));
    wait.until(visibilityOfElementLocated(START_FORM));
  }

  /** What the open start form shows. */
  String startFormText() {
    return text(START_FORM);
  }

  /** Starts the process from the open start form and waits for the dialog to close. */
  void submitStartForm() {
    chromium.click(START_BUTTON);
    wait.until(invisibilityOfElementLocated(By.cssSelector(".modal-content")));
  }

  /**
   * Tries to start the process from the open start form where the engine refuses it, and returns
   * Tasklist's notification of the refusal: the one that contains {@code reason}. The dialog stays
   * open, its form drawn again from the values form-js had taken.
   */
  WebElement submitStartFormRefused(String reason) {
    chromium.click(START_BUTTON);
    return notification(reason);
  }

  /**
   * Claims the open task and waits until its form can be filled: Camunda Forms are read-only until
   * the task is claimed.
   */
  void claim() {
    chromium.click(By.cssSelector("button.claim"));
    wait.until(invisibilityOfElementLocated(By.cssSelector("button.claim")));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
  }

  /**
   * Tries to claim the open task where the engine refuses it, and returns Tasklist's notification
   * of the refusal: the one that contains {@code reason}.
   */
  WebElement claimRefused(String reason) {
    chromium.click(By.cssSelector("button.claim"));
    return notification(reason);
  }

  /** Tasklist's notification that contains {@code text}, once it shows. */
  private WebElement notification(String text) {
    return wait.until(
        visibilityOfElementLocated(
            By.xpath("//*[contains(@class,'alert')][contains(.,'" + text + "')]")));
  }

  /**
   * The task of the process with the business key, once the engine has it: what the browser
   * submitted moves the process on while the test goes on.
   */
  Task waitForTask(TaskService tasks, String businessKey, String taskDefinitionKey) {
    return wait.until(
        ignored ->
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult());
  }

  /** Opens the task by its address and waits for its name and its form. */
  void openTask(Task task) {
    browser.get(url() + "#/?task=" + task.getId());
    wait.until(
        visibilityOfElementLocated(
            By.xpath("//*[normalize-space(text())='" + task.getName() + "']")));
    wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  /** Completes the open task and waits for its form to go. */
  void complete() {
    dismissNotifications();
    chromium.click(By.cssSelector("button[ng-click='complete()']"));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  /** Closes Tasklist's notifications, which may cover the form's buttons. */
  void dismissNotifications() {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelectorAll('.alert .close').forEach(button => button.click());");
    wait.until(
        ignored ->
            browser.findElements(By.cssSelector(".alert .close")).stream()
                .noneMatch(WebElement::isDisplayed));
  }

  /** What the open form shows. */
  String formText() {
    return text(By.cssSelector(".fjs-container"));
  }

  String text(By locator) {
    return wait.until(visibilityOfElementLocated(locator)).getText();
  }

  WebElement field(String label) {
    return field(browser, label);
  }

  /**
   * The input of a form-js field, found by its label as a person finds it: the first one displayed
   * within {@code within} (a row of a dynamic list, say, or the whole page).
   */
  WebElement field(SearchContext within, String label) {
    WebElement labelElement =
        wait.until(
            ignored ->
                within
                    .findElements(
                        By.xpath(
                            ".//label[contains(@class,'fjs-form-field-label')][normalize-space(text())='"
                                + label
                                + "']"))
                    .stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    return browser.findElement(By.id(labelElement.getDomAttribute("for")));
  }

  /**
   * Types into the field and leaves it (a tab): form-js takes a text area's value after a pause or
   * on leaving it, so what was typed is the form's before the next step (a refused start, say, that
   * draws the form again from the values it has taken).
   */
  void typeAndLeave(String label, String text) {
    field(label).sendKeys(text, Keys.TAB);
  }

  /** Replaces what the field holds (all of it selected and deleted) and leaves it, as above. */
  void retypeAndLeave(String label, String text) {
    WebElement input = field(label);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text, Keys.TAB);
  }

  void date(String label, String day) {
    date(browser, label, day);
  }

  /** Types the day into a date field as a person in Bulgaria writes it ({@code dd.MM.yyyy}). */
  void date(String label, LocalDate day) {
    date(label, day.format(DAY));
  }

  /** Types a day ({@code dd.MM.yyyy}) into a date field; the tab closes its picker. */
  void date(SearchContext within, String label, String day) {
    WebElement input = field(within, label);
    input.sendKeys(day);
    input.sendKeys(Keys.TAB);
  }

  /** The first displayed form-js field (label and input) with the label within {@code within}. */
  WebElement fieldBox(SearchContext within, String label) {
    return wait.until(
        ignored ->
            within.findElements(fieldBoxLocator(label)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  /**
   * The displayed form-js fields with the label, in the form's order: the rows of a list without
   * add and remove are its repeated fields.
   */
  List<WebElement> fieldBoxes(String label) {
    return browser.findElements(fieldBoxLocator(label)).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  /** A form-js field's box by its label; relative, so that it also searches within a row. */
  private static By fieldBoxLocator(String label) {
    return By.xpath(
        ".//div[contains(@class,'fjs-form-field')][label[contains(@class,'fjs-form-field-label')]"
            + "[normalize-space(text())='"
            + label
            + "']]");
  }

  /** The displayed checkboxes labelled so, in the form's order. */
  List<WebElement> checkboxes(String label) {
    return wait.until(
        ignored -> {
          List<WebElement> found =
              browser
                  .findElements(
                      By.xpath(
                          "//label[normalize-space(.)='" + label + "']//input[@type='checkbox']"))
                  .stream()
                  .filter(box -> box.findElement(By.xpath("./ancestor::label")).isDisplayed())
                  .toList();
          return found.isEmpty() ? null : found;
        });
  }

  /** Picks the option shown as {@code option} in a select field. */
  void select(String label, String option) {
    select(label, option::equals);
  }

  void select(String label, Predicate<String> option) {
    select(browser, label, option);
  }

  void select(SearchContext within, String label, Predicate<String> option) {
    select(fieldBox(within, label), option);
  }

  /** Opens the select field's dropdown and picks the first option whose text passes. */
  void select(WebElement box, Predicate<String> option) {
    chromium.click(box.findElement(By.cssSelector(".fjs-input-group")));
    WebElement item =
        wait.until(
            ignored ->
                box.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .filter(element -> option.test(element.getText().trim()))
                    .findFirst()
                    .orElse(null));
    chromium.click(item);
  }

  void radio(String label, String option) {
    chromium.click(
        fieldBox(browser, label)
            .findElement(
                By.xpath(".//label[normalize-space(.)='" + option + "']/input[@type='radio']")));
  }
}
