package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.initiative.Activity;
import bg.kazanlak.inclusion.initiative.Initiative;
import bg.kazanlak.inclusion.initiative.InitiativeCases;
import bg.kazanlak.inclusion.initiative.InitiativeKind;
import bg.kazanlak.inclusion.initiative.InitiativeService;
import bg.kazanlak.inclusion.initiative.InitiativeStatus;
import bg.kazanlak.inclusion.initiative.NewInitiative;
import bg.kazanlak.inclusion.initiative.NewInitiative.NewFamily;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Community initiatives in the real Tasklist, in a real (headless) Chromium: a coordinator proposes
 * a family-bonding event from the start form (two families of registered participants, one of them
 * a minority family, a cost below the finance threshold), a project manager claims the approval and
 * approves it. A user in both groups who proposed an initiative is refused its approval, in
 * Bulgarian. Screenshots of each form go to {@code target/screenshots/initiative-*.png}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser-initiative;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
@ActiveProfiles("demo")
@EnabledIf(
    value = "browserInstalled",
    disabledReason =
        "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
class InitiativeBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String PROCESS_NAME = "Инициатива за общността";
  private static final String PROCESS = InitiativeCases.PROCESS_ID;

  @LocalServerPort int port;

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ParticipantRegistry registry;
  @Autowired InitiativeCases cases;
  @Autowired InitiativeService initiatives;
  @Autowired IdentitySetup users;
  @Autowired ProgrammeClock clock;
  @Autowired JdbcClient jdbc;

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
  void coordinatorProposesAFamilyBondingEventAndTheManagerApproves() throws IOException {
    String mother = registered("Фатме", "Сближева");
    String son = registered("Ахмед", "Сближев");
    String neighbour = registered("Мария", "Съседова");
    LocalDate day = clock.today().plusDays(24);
    Set<String> before = instanceIds();

    // --- the coordinator proposes the event from Tasklist's start dialog
    logIn("coordinator");
    click(By.cssSelector(".start-process-action"));
    click(
        By.xpath(
            "//ul[contains(@class,'processes')]//a[normalize-space()='" + PROCESS_NAME + "']"));
    assertThat(text(By.cssSelector(".modal-content .fjs-container")))
        .contains("Предложение за инициатива");
    radio("Вид на инициативата", "Инициатива за сближаване на общностите (две семейства)");
    field("Наименование").sendKeys("Пикник край язовир „Копринка“");
    date("Дата", day.format(DAY));
    select("Населено място", "Копринка");
    radio("Спорт или отдих", "Отдих");
    field("Семейство 1 – регистрационни номера").sendKeys(mother + ", " + son);
    List<WebElement> minority = checkboxes("Принадлежи към малцинство");
    assertThat(minority).hasSize(2);
    click(minority.get(0));
    field("Семейство 2 – регистрационни номера").sendKeys(neighbour);
    field("Планирани разходи (лв.)").sendKeys("180.50");
    select("Бюджетен ред", "ОПРЧР – Инициативи, почистване и услуги");
    dismissNotifications();
    formScreenshot("initiative-01-proposal");
    click(By.cssSelector(".modal-content button[ng-click='startProcessInstance()']"));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".modal-content")));

    List<ProcessInstance> started =
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
            .filter(instance -> !before.contains(instance.getId()))
            .toList();
    assertThat(started).hasSize(1);
    String number = started.get(0).getBusinessKey();
    String instance = started.get(0).getId();
    Initiative proposed = initiatives.get(number);
    assertThat(proposed.kind()).isEqualTo(InitiativeKind.FAMILY_BONDING);
    assertThat(proposed.status()).isEqualTo(InitiativeStatus.PROPOSED);
    assertThat(proposed.proposedBy()).isEqualTo("coordinator");
    assertThat(proposed.date()).isEqualTo(day);
    assertThat(proposed.settlement()).isEqualTo("Копринка");
    assertThat(proposed.activity()).isEqualTo(Activity.RECREATION);
    assertThat(proposed.plannedCost()).isEqualByComparingTo("180.50");
    assertThat(proposed.budgetLine()).isEqualTo("hrd-activities");
    assertThat(proposed.families())
        .extracting(Initiative.Family::members)
        .containsExactly(List.of(mother, son).stream().sorted().toList(), List.of(neighbour));
    assertThat(
            jdbc.sql(
                    "select minority from initiative_family where initiative_number = ?"
                        + " order by family_no")
                .param(number)
                .query(Boolean.class)
                .list())
        .containsExactly(true, false);
    // the minority answers reached the initiative's table, never the engine's
    assertThat(runtime.getVariables(instance))
        .doesNotContainKeys("family1Minority", "family2Minority");
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableNameIn("family1Minority", "family2Minority")
                .count())
        .isZero();
    assertThat(
            history
                .createHistoricDetailQuery()
                .processInstanceId(instance)
                .variableUpdates()
                .list()
                .stream()
                .map(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .toList())
        .doesNotContain("family1Minority", "family2Minority");
    Task approval = waitForTask(number, "Task_ManagerApproval");
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count())
        .as("180.50 lv. is below the finance threshold: no finance review")
        .isOne();
    logOut();

    // --- the project manager claims the approval and approves
    logIn("manager");
    openTask(approval);
    // the card tells the initiative apart: its number, day and cost, none cut off
    WebElement card =
        wait.until(
            ignored ->
                browser.findElements(By.cssSelector("ol.tasks-list > li")).stream()
                    .filter(li -> li.getText().contains(number))
                    .findFirst()
                    .orElse(null));
    assertThat(card.getText()).contains("Инициатива №", "Дата", "Разходи (лв.)", "180.50");
    click(By.cssSelector("button.claim"));
    wait.until(invisibilityOfElementLocated(By.cssSelector("button.claim")));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    String shown = formText();
    assertThat(shown)
        .contains(
            "Одобрение на инициативата",
            number,
            "Пикник край язовир „Копринка“",
            "Инициатива за сближаване на общностите (две семейства)",
            day.format(DAY),
            "Копринка",
            "Населено място: Копринка",
            "180.50 лв.",
            "Бюджетен ред: Инициативи, почистване и услуги",
            "Семейство 1",
            "Семейство 2",
            mother,
            son,
            neighbour,
            "Фатме С.");
    assertThat(shown).doesNotContain("true", "false");
    radio("Решение", "Одобрявам");
    dismissNotifications();
    formScreenshot("initiative-02-approval");
    complete();
    wait.until(ignored -> initiatives.get(number).status() == InitiativeStatus.APPROVED);
    assertThat(initiatives.get(number).approvedOn()).isEqualTo(clock.today());
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count())
        .as("an approved initiative waits for its reminder timer")
        .isZero();
  }

  @Test
  void theProposerIsRefusedTheApprovalInBulgarianEvenInBothGroups() throws IOException {
    users.ensureUser(
        "coordinator-manager",
        "Гергана",
        "Двойнова",
        BulgarianChromium.DEMO_PASSWORD,
        List.of(Groups.INITIATIVE_COORDINATORS, Groups.PROJECT_MANAGERS));
    String a = registered("Данаил", "Собствен");
    String b = registered("Елица", "Собствена");
    identity.setAuthentication("coordinator-manager", List.of(Groups.INITIATIVE_COORDINATORS));
    String number;
    try {
      number =
          cases
              .propose(
                  new NewInitiative(
                      InitiativeKind.FAMILY_BONDING,
                      "Шахматен турнир на две семейства",
                      Activity.SPORT,
                      clock.today().plusDays(30),
                      "Казанлък",
                      List.of(new NewFamily(List.of(a), true), new NewFamily(List.of(b), false)),
                      null,
                      null,
                      null,
                      null,
                      new BigDecimal("90.00"),
                      "hrd-activities"),
                  "coordinator-manager")
              .initiativeNumber();
    } finally {
      identity.clearAuthentication();
    }
    Task approval = waitForTask(number, "Task_ManagerApproval");

    logIn("coordinator-manager");
    openTask(approval);
    click(By.cssSelector("button.claim"));
    WebElement refusal =
        wait.until(
            visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'alert')][contains(.,'четири очи')]")));
    assertThat(refusal.getText()).contains("Правило „четири очи“", "предложил");
    chromium.screenshot("initiative-03-four-eyes-refusal");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
        .isNull();
    assertThat(initiatives.get(number).status()).isEqualTo(InitiativeStatus.PROPOSED);
  }

  // ---------------------------------------------------------------------------------------------

  private String registered(String first, String last) {
    return registry.register(TestPeople.eligibleAdult(first, last), "officer").registrationNumber();
  }

  private Set<String> instanceIds() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .map(ProcessInstance::getId)
        .collect(Collectors.toSet());
  }

  private Task waitForTask(String number, String key) {
    return wait.until(
        ignored ->
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(key)
                .singleResult());
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

  private void logIn(String user) {
    chromium.logIn("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/", user);
  }

  private void logOut() {
    chromium.logOut();
  }

  /** The input of a form-js field, found by its label as a person finds it. */
  private WebElement field(String label) {
    WebElement labelElement =
        wait.until(
            ignored ->
                browser
                    .findElements(
                        By.xpath(
                            "//label[contains(@class,'fjs-form-field-label')][normalize-space(text())='"
                                + label
                                + "']"))
                    .stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    return browser.findElement(By.id(labelElement.getDomAttribute("for")));
  }

  private void date(String label, String day) {
    WebElement input = field(label);
    input.sendKeys(day);
    input.sendKeys(Keys.TAB);
  }

  private WebElement fieldBox(String label) {
    return wait.until(
        ignored ->
            browser
                .findElements(
                    By.xpath(
                        "//div[contains(@class,'fjs-form-field')][label[contains(@class,'fjs-form-field-label')]"
                            + "[normalize-space(text())='"
                            + label
                            + "']]"))
                .stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  /** The displayed checkboxes labelled so, in the form's order. */
  private List<WebElement> checkboxes(String label) {
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

  private void select(String label, String option) {
    WebElement box = fieldBox(label);
    click(box.findElement(By.cssSelector(".fjs-input-group")));
    WebElement item =
        wait.until(
            ignored ->
                box.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .filter(element -> element.getText().trim().equals(option))
                    .findFirst()
                    .orElse(null));
    click(item);
  }

  private void radio(String label, String option) {
    click(
        fieldBox(label)
            .findElement(
                By.xpath(".//label[normalize-space(.)='" + option + "']/input[@type='radio']")));
  }

  private void click(By locator) {
    chromium.click(locator);
  }

  private void click(WebElement element) {
    chromium.click(element);
  }

  private void formScreenshot(String name) throws IOException {
    chromium.formScreenshot(name);
  }
}
