package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import bg.kazanlak.inclusion.housing.Goal;
import bg.kazanlak.inclusion.housing.GoalStatus;
import bg.kazanlak.inclusion.housing.HousingCases;
import bg.kazanlak.inclusion.housing.NewTenancy;
import bg.kazanlak.inclusion.housing.PlanStatus;
import bg.kazanlak.inclusion.housing.SupportPlans;
import bg.kazanlak.inclusion.housing.Tenancies;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Social housing in the real Tasklist, in a real (headless) Chromium: a social worker opens a
 * household's case from the start form, records its tenancy, assesses it and writes the integration
 * plan in the form's dynamic list; a project manager approves it. A user in both groups who wrote a
 * plan is refused its approval, in Bulgarian. Screenshots of each form go to {@code
 * target/screenshots/housing-*.png}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser-housing;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
@ActiveProfiles("demo")
@EnabledIf(
    value = "browserInstalled",
    disabledReason =
        "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
class HousingBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String PROCESS_NAME = "Подкрепа на домакинство в социално жилище";

  @LocalServerPort int port;

  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ParticipantRegistry registry;
  @Autowired HousingCases cases;
  @Autowired SupportPlans plans;
  @Autowired Tenancies tenancies;
  @Autowired IdentitySetup users;
  @Autowired ProgrammeClock clock;
  @Autowired ManagementService management;

  private BulgarianChromium chromium;
  private ChromeDriver browser;
  private WebDriverWait wait;

  static boolean browserInstalled() {
    return BulgarianChromium.installed();
  }

  @BeforeEach
  void openBrowser() throws IOException {
    chromium = new BulgarianChromium();
    browser = chromium.browser;
    wait = new WebDriverWait(browser, PATIENCE);
  }

  @AfterEach
  void closeBrowser() {
    identity.clearAuthentication();
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void socialWorkerHousesAssessesAndPlansAndTheManagerApproves() throws IOException {
    String head = registered("Снежана", "Жилищева");
    String child = registered("Васил", "Жилищев");
    String unit =
        tenancies.units().stream().filter(u -> !u.occupied()).findFirst().orElseThrow().id();

    // --- the social worker opens the case from the start form
    logIn("social");
    click(By.cssSelector(".start-process-action"));
    click(
        By.xpath(
            "//ul[contains(@class,'processes')]//a[normalize-space()='" + PROCESS_NAME + "']"));
    assertThat(text(By.cssSelector(".modal-content .fjs-container")))
        .contains("Домакинство за жилищна подкрепа");
    field("Регистрационен номер на титуляря").sendKeys(head);
    screenshot("housing-01-start-form");
    click(By.cssSelector(".modal-content button[ng-click='startProcessInstance()']"));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".modal-content")));

    // --- the tenancy: a free unit, today, one member
    Task tenancy = waitForTask(head, "Task_RecordTenancy");
    assertThat(tenancy.getAssignee()).isEqualTo("social");
    openTask(tenancy);
    assertThat(formText()).contains("Настаняване на домакинството", "Снежана Ж.", head);
    select("Социално жилище", option -> option.startsWith(unit + " – "));
    date("Дата на настаняване", clock.today().format(DAY));
    field("Членове на домакинството (регистрационни номера, по един на ред; без титуляря)")
        .sendKeys(child);
    dismissNotifications();
    screenshot("housing-02-tenancy");
    complete();

    // --- the initial assessment of the household
    Task assessment = waitForTask(head, "Task_AssessHousehold");
    assertThat(assessment.getAssignee()).isEqualTo("social");
    assertThat(tenancies.residence(head).orElseThrow().unit()).isEqualTo(unit);
    openTask(assessment);
    assertThat(formText())
        .contains(
            "Първоначална оценка на домакинството",
            "Снежана Ж. (" + head + ") – титуляр",
            "Васил Ж. (" + child + ")");
    field("Заетост (регистрация в бюрото по труда, работа)")
        .sendKeys("Титулярката не е регистрирана в бюрото по труда.");
    field("Здраве (личен лекар, зъболекар, имунизации – без диагнози)")
        .sendKeys("Детето няма личен лекар.");
    field("Обобщение и потребности на домакинството")
        .sendKeys("Регистрация в бюрото по труда и при личен лекар.");
    dismissNotifications();
    screenshot("housing-03-assessment");
    complete();

    // --- the integration plan: the dynamic list's first row, then a second one added
    Task draft = waitForTask(head, "Task_DraftPlan");
    openTask(draft);
    assertThat(formText()).contains("Индивидуален план за интеграция", "Цели на плана");
    wait.until(ignored -> rows().size() == 1);
    fillGoal(
        rows().get(0),
        "Заетост: Регистрация в Бюрото по труда",
        "Снежана Ж. (" + head + ")",
        "Социален работник",
        clock.today().plusMonths(1));
    // the list's own button, in Bulgarian (bulgarian.js)
    WebElement add = browser.findElement(By.cssSelector(".fjs-repeat-render-add"));
    wait.until(ignored -> add.getText().trim().equals("Добавяне на ред"));
    click(add);
    wait.until(ignored -> rows().size() == 2);
    fillGoal(
        rows().get(1),
        "Здраве: Регистрация при общопрактикуващ лекар",
        "Васил Ж. (" + child + ")",
        "Здравен медиатор",
        clock.today().plusMonths(3));
    dismissNotifications();
    screenshot("housing-04-plan");
    complete();

    Task approval = waitForTask(head, "Task_ApprovePlan");
    assertThat(plans.plan(head).status()).isEqualTo(PlanStatus.SUBMITTED);
    assertThat(plans.details(head).goals())
        .extracting(Goal::kind, Goal::owner)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("labour-office-registration", head),
            org.assertj.core.groups.Tuple.tuple("gp-registration", child));
    logOut();

    // --- the project manager approves
    logIn("manager");
    openTask(approval);
    click(By.cssSelector("button.claim"));
    wait.until(invisibilityOfElementLocated(By.cssSelector("button.claim")));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    assertThat(formText())
        .contains(
            "Одобрение на индивидуалния план",
            "Версия 1, изготвена от social",
            "Регистрация в Бюрото по труда",
            "Регистрация при общопрактикуващ лекар");
    radio("Решение", "Одобрявам");
    dismissNotifications();
    screenshot("housing-05-approval");
    complete();
    wait.until(ignored -> plans.plan(head).status() == PlanStatus.ACTIVE);
    LocalDate reviewDue = plans.plan(head).nextReviewDue();
    assertThat(reviewDue).isAfter(clock.today());
    logOut();

    // --- on the review's day the social worker records the first monthly review
    LocalDateTime now = clock.dateTime();
    clock.runFrom(reviewDue.atTime(9, 0));
    try {
      for (Job timer :
          management.createJobQuery().processInstanceId(approval.getProcessInstanceId()).list()) {
        if (!timer.getDuedate().after(java.util.Date.from(clock.instant()))) {
          management.executeJob(timer.getId());
        }
      }
      Task review = waitForTask(head, "Task_MonthlyReview");
      assertThat(review.getAssignee()).isEqualTo("social");
      logIn("social");
      openTask(review);
      assertThat(formText()).contains("Месечен преглед № 1", "Напредък по целите");
      // a list without add and remove: its rows are the repeated fields, in order
      wait.until(ignored -> boxes("Състояние").size() == 2);
      List<String> goals =
          boxes("Цел").stream()
              .map(
                  box -> box.findElement(By.cssSelector("input[readonly]")).getDomProperty("value"))
              .toList();
      assertThat(goals)
          .hasSize(2)
          .anySatisfy(
              goal -> assertThat(goal).startsWith("Регистрация в Бюрото по труда – Снежана Ж."))
          .anySatisfy(
              goal ->
                  assertThat(goal).startsWith("Регистрация при общопрактикуващ лекар – Васил Ж."));
      assertThat(boxes("Цел №"))
          .allSatisfy(
              box ->
                  assertThat(box.findElement(By.cssSelector("input")).getDomProperty("value"))
                      .matches("\\d+"));
      int first = goals.get(0).startsWith("Регистрация в Бюрото") ? 0 : 1;
      date("Дата на посещението", clock.today().format(DAY));
      select(boxes("Състояние").get(first), option -> option.equals("в процес"));
      boxes("Бележка (без диагнози)")
          .get(first)
          .findElement(By.cssSelector("input"))
          .sendKeys("Подадени документи.");
      dismissNotifications();
      screenshot("housing-07-review");
      complete();
      wait.until(ignored -> plans.plan(head).reviews() == 1);
      assertThat(plans.details(head).goals())
          .extracting(Goal::kind, Goal::status)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "labour-office-registration", GoalStatus.IN_PROGRESS),
              org.assertj.core.groups.Tuple.tuple("gp-registration", GoalStatus.NOT_STARTED));
    } finally {
      clock.runFrom(now);
    }
  }

  @Test
  void theAuthorOfAPlanIsRefusedItsApprovalInBulgarian() throws IOException {
    users.ensureUser(
        "social-manager",
        "Таня",
        "Двойна",
        BulgarianChromium.DEMO_PASSWORD,
        List.of(Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS));
    String head = registered("Гинка", "Авторова");
    String unit =
        tenancies.units().stream().filter(u -> !u.occupied()).findFirst().orElseThrow().id();
    identity.setAuthentication("social-manager", List.of(Groups.SOCIAL_WORKERS));
    cases.recordTenancy(new NewTenancy(unit, clock.today(), head, List.of()), "social-manager");
    tasks.complete(
        task(head, "Task_AssessHousehold").getId(),
        Map.of("assessmentSummary", "Нужда от лични документи."));
    tasks.complete(
        task(head, "Task_DraftPlan").getId(),
        Map.of(
            "planGoals",
            List.of(
                Map.of(
                    "kind",
                    "identity-documents",
                    "owner",
                    head,
                    "specialist",
                    "Социален работник",
                    "targetDate",
                    clock.today().plusMonths(2).toString()))));
    identity.clearAuthentication();
    Task approval = task(head, "Task_ApprovePlan");

    logIn("social-manager");
    openTask(approval);
    click(By.cssSelector("button.claim"));
    WebElement refusal =
        wait.until(
            visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'alert')][contains(.,'четири очи')]")));
    assertThat(refusal.getText()).contains("Правило „четири очи“", "автор");
    screenshot("housing-06-four-eyes-refusal");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
        .isNull();
    assertThat(plans.plan(head).status()).isEqualTo(PlanStatus.SUBMITTED);
  }

  // ---------------------------------------------------------------------------------------------

  private String registered(String first, String last) {
    return registry.register(TestPeople.eligibleAdult(first, last), "officer").registrationNumber();
  }

  private Task task(String head, String key) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(head)
        .taskDefinitionKey(key)
        .singleResult();
  }

  private Task waitForTask(String head, String key) {
    return wait.until(ignored -> task(head, key));
  }

  private void openTask(Task task) {
    browser.get(
        "http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    wait.until(
        visibilityOfElementLocated(
            By.xpath("//*[normalize-space(text())='" + task.getName() + "']")));
    wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  private void complete() {
    dismissNotifications();
    click(By.cssSelector("button[ng-click='complete()']"));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  /** Closes Tasklist's notifications, which may cover the form's buttons. */
  private void dismissNotifications() {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelectorAll('.alert .close').forEach(button => button.click());");
    wait.until(
        ignored ->
            browser.findElements(By.cssSelector(".alert .close")).stream()
                .noneMatch(WebElement::isDisplayed));
  }

  private String formText() {
    return text(By.cssSelector(".fjs-container"));
  }

  private String text(By locator) {
    return wait.until(visibilityOfElementLocated(locator)).getText();
  }

  /** The rows of the form's dynamic list. */
  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector(".fjs-repeat-row-container"));
  }

  private void fillGoal(
      WebElement row, String kind, String owner, String specialist, LocalDate due) {
    select(row, "Цел", option -> option.equals(kind));
    select(row, "Член на домакинството", option -> option.equals(owner));
    field(row, "Отговорен специалист").sendKeys(specialist);
    date(row, "Срок", due.format(DAY));
  }

  private void logIn(String user) {
    chromium.logIn("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/", user);
  }

  private void logOut() {
    chromium.logOut();
  }

  private WebElement field(String label) {
    return field(browser, label);
  }

  /** The input of a form-js field, found by its label as a person finds it. */
  private WebElement field(SearchContext within, String label) {
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

  private void date(String label, String day) {
    date(browser, label, day);
  }

  private void date(SearchContext within, String label, String day) {
    WebElement input = field(within, label);
    input.sendKeys(day);
    input.sendKeys(Keys.TAB);
  }

  private WebElement fieldBox(SearchContext within, String label) {
    return wait.until(
        ignored ->
            within
                .findElements(
                    By.xpath(
                        ".//div[contains(@class,'fjs-form-field')][label[contains(@class,'fjs-form-field-label')]"
                            + "[normalize-space(text())='"
                            + label
                            + "']]"))
                .stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  private void select(String label, java.util.function.Predicate<String> option) {
    select(browser, label, option);
  }

  /** The displayed form-js fields with the label, in the form's order. */
  private List<WebElement> boxes(String label) {
    return browser
        .findElements(
            By.xpath(
                "//div[contains(@class,'fjs-form-field')][label[contains(@class,'fjs-form-field-label')]"
                    + "[normalize-space(text())='"
                    + label
                    + "']]"))
        .stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  private void select(
      SearchContext within, String label, java.util.function.Predicate<String> option) {
    select(fieldBox(within, label), option);
  }

  private void select(WebElement box, java.util.function.Predicate<String> option) {
    click(box.findElement(By.cssSelector(".fjs-input-group")));
    WebElement item =
        wait.until(
            ignored ->
                box.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .filter(element -> option.test(element.getText().trim()))
                    .findFirst()
                    .orElse(null));
    click(item);
  }

  private void radio(String label, String option) {
    click(
        fieldBox(browser, label)
            .findElement(
                By.xpath(".//label[normalize-space(.)='" + option + "']/input[@type='radio']")));
  }

  private void click(By locator) {
    chromium.click(locator);
  }

  private void click(WebElement element) {
    chromium.click(element);
  }

  private void screenshot(String name) throws IOException {
    chromium.formScreenshot(name);
  }
}
