package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import bg.kazanlak.inclusion.budget.Expense;
import bg.kazanlak.inclusion.budget.ExpenseService;
import bg.kazanlak.inclusion.education.ClubService;
import bg.kazanlak.inclusion.employment.EmploymentCases;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantStatus;
import bg.kazanlak.inclusion.participant.PersonalNumber;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A case officer and a social worker use the real Tasklist in a real (headless) Chromium: the
 * officer registers a person through the Bulgarian start form, the social worker claims and
 * completes the needs assessment, and the participant ends up enrolled. Runs in `mvn verify`
 * (failsafe) with Debian's {@code chromium} and {@code chromedriver}; skipped where they are
 * absent.
 *
 * <p>Selectors avoid translatable texts of Tasklist itself (they use Angular attributes and form-js
 * classes), so the test passes whichever webapp locale the browser picks; the project's own
 * Bulgarian labels are used to find form fields, as a person would. Screenshots of both forms go to
 * {@code target/screenshots/}.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
@EnabledIf(value = BrowserTest.INSTALLED, disabledReason = BrowserTest.NOT_INSTALLED)
class TasklistBrowserIT extends BrowserTest {

  private static final String PROCESS_NAME = "Включване на участник";
  private static final String SOCIAL_WORKERS_FILTER = "Социални работници: отворени задачи";

  @Autowired private ExpenseService expenses;

  @Autowired RuntimeService runtime;

  @Autowired TaskService tasks;

  @Autowired ParticipantRegistry registry;

  @Autowired OnboardingCases onboarding;

  @Autowired ClubService clubs;

  @Autowired HistoryService history;

  @Autowired ManagementService management;

  @Autowired EmploymentCases employmentCases;

  @Test
  void caseOfficerRegistersAndSocialWorkerEnrolsThroughTasklist() throws IOException {
    String egn = PersonalNumber.egn(LocalDate.of(1994, 10, 21), 317).value();
    Set<String> instancesBefore = onboardingInstanceIds();

    // --- the case officer registers a person through the start form
    tasklist.logIn("officer");
    // Tasklist itself speaks Bulgarian (locales/bg.json of this project)
    assertThat(browser.findElement(By.cssSelector(".start-process-action")).getText())
        .contains("Стартиране на процес");
    tasklist.startProcess(PROCESS_NAME);

    WebElement personalNumber = tasklist.field("ЕГН / ЛНЧ");
    assertThat(personalNumber.isDisplayed()).isTrue();
    assertThat(
            browser
                .findElement(By.xpath("//label[normalize-space(text())='ЕГН / ЛНЧ']"))
                .isDisplayed())
        .isTrue();
    // a Camunda Form, not Tasklist's generic "add a variable" form
    assertThat(browser.findElements(By.cssSelector(".modal-content .fjs-container"))).hasSize(1);
    assertThat(
            browser
                .findElements(By.cssSelector(".modal-content [ng-click='addVariable()']"))
                .stream()
                .filter(WebElement::isDisplayed))
        .isEmpty();

    // a mistyped personal number first: refused next to its field, in view, in Bulgarian
    personalNumber.sendKeys(mistyped(egn));
    tasklist.field("Име").sendKeys("Милена");
    tasklist.field("Презиме").sendKeys("Тестова");
    tasklist.field("Фамилия").sendKeys("Браузърова");
    tasklist.select("Населено място", "Шипка");
    tasklist.field("Телефон").sendKeys("0888 123 456");
    tasklist.select("Статус на пазара на труда", "Продължително безработен/а");
    tasklist.select("Най-висока завършена степен на образование", "ISCED 2 – основно");
    tasklist.radio("Принадлежи към малцинство (вкл. роми), мигрант или с чужд произход", "Да");
    tasklist.radio("Лице с увреждания", "Не");
    tasklist.radio("Друго неравностойно положение", "Отказва да отговори");
    tasklist.radio("Никой в домакинството не работи", "Да");
    tasklist.radio("Има деца на издръжка", "Да");
    tasklist.radio("Лицето е единствен възрастен", "Не");
    check("Лицето дава информирано съгласие да получава услуги по проекта");
    chromium.formScreenshot("01-start-form-participant-registration");

    chromium.click(By.cssSelector(".modal-content button[ng-click='startProcessInstance()']"));
    WebElement refusal =
        wait.until(
            visibilityOfElementLocated(
                By.xpath(
                    "//div[contains(@class,'fjs-form-field')][label[normalize-space(text())='ЕГН / ЛНЧ']]"
                        + "//*[contains(@class,'kazanlak-refusal')]")));
    assertThat(refusal.getText()).startsWith("Невалиден ЕГН/ЛНЧ");
    wait.until(ignored -> inView(refusal));
    assertThat(onboardingInstanceIds()).isEqualTo(instancesBefore);
    chromium.screenshot("08-refusal-next-to-its-field");

    personalNumber.clear();
    personalNumber.sendKeys(egn);
    tasklist.submitStartForm();
    // the officer learns the number the registration got
    String shownNumber =
        wait.until(visibilityOfElementLocated(By.cssSelector(".kazanlak-started-number")))
            .getText();
    chromium.screenshot("09-registration-number-after-start");

    List<ProcessInstance> started =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("participant-onboarding")
            .list()
            .stream()
            .filter(instance -> !instancesBefore.contains(instance.getId()))
            .toList();
    assertThat(started).hasSize(1);
    String registrationNumber = started.get(0).getBusinessKey();
    assertThat(registrationNumber).startsWith("P-");
    assertThat(shownNumber).isEqualTo(registrationNumber);
    Task assessment =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(registrationNumber)
            .taskDefinitionKey("Task_AssessNeeds")
            .singleResult();
    assertThat(assessment).isNotNull();
    assertThat(assessment.getAssignee()).isNull();

    Participant registered = registry.get(registrationNumber);
    assertThat(registered.personalNumber()).isEqualTo(egn);
    assertThat(registered.displayName()).isEqualTo("Милена Браузърова");
    assertThat(registered.settlement()).isEqualTo("Шипка");
    assertThat(registered.status()).isEqualTo(ParticipantStatus.ELIGIBLE);

    tasklist.logOut();

    // --- the social worker assesses the needs and enrols the participant
    tasklist.logIn("social");
    chromium.click(By.xpath("//*[normalize-space(text())='" + SOCIAL_WORKERS_FILTER + "']"));
    // the card of the task shows the participant (the filter's variables): pick it by them
    By card =
        By.xpath(
            "//ol[contains(@class,'tasks-list')]/li[.//*[normalize-space()='"
                + registrationNumber
                + "']][.//*[normalize-space()='Милена Б.']]");
    WebElement taskLink =
        wait.until(visibilityOfElementLocated(card)).findElement(By.cssSelector("h4.task a"));
    assertThat(taskLink.getDomAttribute("href")).isEqualTo("#/?task=" + assessment.getId());
    chromium.click(taskLink);
    // the form greets the participant by name and registration number
    wait.until(
        visibilityOfElementLocated(
            By.xpath(
                "//div[contains(@class,'fjs-form-field-text')][contains(.,'"
                    + registrationNumber
                    + "')][contains(.,'Милена Б.')]")));

    // Camunda Forms are read-only until the task is claimed
    tasklist.claim();
    tasklist.field("Трудова заетост").sendKeys("Търси работа в поддръжката на зелени площи.");
    // the streams the rules suggest open ticked; the social worker keeps two of them
    assertThat(tickedStreams()).contains("Заетост", "Къща на семейството");
    tickExactly("Заетост", "Къща на семейството");
    tasklist
        .field("Обобщение и препоръки")
        .sendKeys("Подходяща за заетост и услуги на Къщата на семейството.");
    chromium.formScreenshot("02-task-form-needs-assessment");

    chromium.click(By.cssSelector("button[ng-click='complete()']"));
    wait.until(invisibilityOfElementLocated(card));

    wait.until(ignored -> registry.get(registrationNumber).status() == ParticipantStatus.ENROLLED);
    Participant enrolled = registry.get(registrationNumber);
    assertThat(enrolled.enrolledStreams())
        .containsExactlyInAnyOrder(SupportStream.EMPLOYMENT, SupportStream.FAMILY_HOUSE);
    assertThat(tasks.createTaskQuery().taskId(assessment.getId()).count()).isZero();
    chromium.formScreenshot("03-after-completion");

    // every task waiting anywhere renders a Camunda Form, never the generic one
    List<Task> open = tasks.createTaskQuery().initializeFormKeys().list();
    assertThat(open).isNotEmpty();
    assertThat(open)
        .allSatisfy(
            task ->
                assertThat(task.getCamundaFormRef())
                    .as("form of task %s (%s)", task.getName(), task.getTaskDefinitionKey())
                    .isNotNull());
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void financeRequestsAnExpenseThroughTheStartForm() throws IOException {
    Set<String> before = instanceIds("expense-approval");
    tasklist.logIn("finance");
    // every filter shows its count, not only the selected one
    assertThat(
            wait.until(
                    visibilityOfElementLocated(
                        By.xpath(
                            "//div[contains(@class,'task-filter')][not(contains(@class,'active'))]"
                                + "[.//a[contains(normalize-space(.),'Моите задачи')]]//*[@class='kazanlak-count']")))
                .getText())
        .isEqualTo("0");
    // each card tells its task apart: an expense's by its number, amount and supplier, all
    // different; an initiative's finance review (the demo has one) by its number, day and cost
    List<WebElement> cards =
        wait.until(
            ignored -> {
              List<WebElement> shown = browser.findElements(By.cssSelector("ol.tasks-list > li"));
              return shown.size() >= 2 ? shown : null;
            });
    List<String> texts = cards.stream().map(WebElement::getText).toList();
    assertThat(texts)
        .allSatisfy(
            text ->
                assertThat(text)
                    .satisfiesAnyOf(
                        expense ->
                            assertThat(expense).contains("Разход №", "Сума (лв.)", "Доставчик"),
                        initiative ->
                            assertThat(initiative)
                                .contains("Инициатива №", "Дата", "Разходи (лв.)")));
    List<String> numbers =
        texts.stream()
            .filter(text -> text.contains("Разход №"))
            .map(text -> text.replaceAll("(?s).*(E-\\d{4}-\\d{5}).*", "$1"))
            .toList();
    assertThat(numbers)
        .hasSizeGreaterThanOrEqualTo(2)
        .doesNotHaveDuplicates()
        .allMatch(number -> number.startsWith("E-"));
    chromium.formScreenshot("15-finance-cards-tell-tasks-apart");
    tasklist.startProcess("Одобрение на разход");

    tasklist.select("Бюджетен ред", "ОПНОИР – Консумативи");
    tasklist.field("Сума (лв.)").sendKeys("318.40");
    WebElement date = tasklist.field("Дата на разхода");
    date.sendKeys("02.06.2022");
    date.sendKeys(Keys.TAB);
    tasklist.field("Разходооправдателен документ").sendKeys("Фактура 4455/02.06.2022");
    tasklist.field("Доставчик").sendKeys("Книжарница „Искра“ ЕООД");
    tasklist.field("Предназначение").sendKeys("Бои и платна за ателие");
    chromium.formScreenshot("04-start-form-expense-request");

    tasklist.submitStartForm();

    List<ProcessInstance> started =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("expense-approval")
            .list()
            .stream()
            .filter(instance -> !before.contains(instance.getId()))
            .toList();
    assertThat(started).hasSize(1);
    Expense expense = expenses.get(started.get(0).getBusinessKey());
    assertThat(expense.budgetLine()).isEqualTo("sesg-consumables");
    assertThat(expense.amount()).isEqualByComparingTo("318.40");
    assertThat(expense.date()).isEqualTo(LocalDate.of(2022, 6, 2));
    assertThat(expense.requestedBy()).isEqualTo("finance");
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(started.get(0).getId())
                .taskDefinitionKey("Task_FinanceApproval")
                .count())
        .isOne();
  }

  /**
   * Clubs without the API: the social worker opens a club, enrols a participant and records a
   * session's attendance, each from Tasklist's start forms and the attendance task.
   */
  @Test
  void socialWorkerRunsAClubThroughTasklist() throws IOException {
    String participant =
        onboarding
            .register(
                TestPeople.person(
                    "Десислава",
                    "Клубова",
                    LocalDate.of(1990, 3, 12),
                    "Казанлък",
                    "UNEMPLOYED",
                    "ISCED_2"),
                "officer")
            .registrationNumber();
    Set<String> registrations = historicIds("club-registration");
    tasklist.logIn("social");

    tasklist.startProcess("Откриване на клуб или ателие");
    tasklist.field("Наименование").sendKeys("Клуб „Млад художник“");
    tasklist.radio("Вид", "Клуб");
    tasklist.field("Ръководител").sendKeys("Мария Петрова");
    tasklist.field("График").sendKeys("всеки вторник 15:00–16:30");
    tasklist.radio("Място", "Къща на семейството");
    tasklist.select("Коя Къща на семейството", "Къща на семейството – Крън");
    tasklist.field("Брой места").sendKeys("10");
    chromium.formScreenshot("05-start-form-club-registration");
    tasklist.submitStartForm();
    String clubId =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey("club-registration")
            .list()
            .stream()
            .filter(instance -> !registrations.contains(instance.getId()))
            .findFirst()
            .orElseThrow()
            .getBusinessKey();
    assertThat(clubs.club(clubId).venue()).isEqualTo("kran");

    tasklist.startProcess("Записване в клуб или ателие");
    tasklist.field("Клуб или ателие").sendKeys(clubId);
    tasklist.field("Регистрационен номер на участника").sendKeys(participant);
    chromium.formScreenshot("06-start-form-club-enrolment");
    tasklist.submitStartForm();
    assertThat(clubs.enrolments(clubId))
        .singleElement()
        .satisfies(e -> assertThat(e.registrationNumber()).isEqualTo(participant));

    tasklist.startProcess("Отчитане на занятие");
    tasklist.field("Клуб или ателие").sendKeys(clubId);
    WebElement date = tasklist.field("Дата на занятието");
    date.sendKeys("01.06.2022");
    date.sendKeys(Keys.TAB);
    tasklist.field("Тема").sendKeys("Рисуване с акварел");
    tasklist.submitStartForm();
    Task attendance =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(clubId)
            .taskDefinitionKey("Task_MarkAttendance")
            .singleResult();
    assertThat(attendance.getAssignee()).isEqualTo("social");
    browser.get(tasklist.url() + "#/?task=" + attendance.getId());
    wait.until(invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    check("Десислава Клубова (" + participant + ")");
    chromium.formScreenshot("07-task-form-club-attendance");
    chromium.click(By.cssSelector("button[ng-click='complete()']"));

    wait.until(ignored -> tasks.createTaskQuery().taskId(attendance.getId()).count() == 0);
    assertThat(clubs.details(clubId).sessions()).isOne();
    assertThat(
            (Integer)
                history
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(attendance.getProcessInstanceId())
                    .variableName("presentCount")
                    .singleResult()
                    .getValue())
        .isOne();
  }

  @Test
  void hrSeesTheAllocationAfterThePreferenceWithoutReloading() throws IOException {
    // a demo participant waiting for assessment gets an employment case: HR's preference first
    String registrationNumber =
        tasks
            .createTaskQuery()
            .taskDefinitionKey("Task_AssessNeeds")
            .list()
            .get(0)
            .getProcessInstanceId();
    registrationNumber =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(registrationNumber)
            .singleResult()
            .getBusinessKey();
    String employment = employmentCases.start(registrationNumber);
    Task preference =
        tasks
            .createTaskQuery()
            .processInstanceId(employment)
            .taskDefinitionKey("Task_RecordPreference")
            .singleResult();

    tasklist.logIn("hr");
    browser.get(tasklist.url() + "#/?task=" + preference.getId());
    chromium.click(By.cssSelector("button.claim"));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    tasklist.select("Предпочитан работодател", "Без предпочитание");
    chromium.click(By.cssSelector("button[ng-click='complete()']"));
    // Tasklist reloads its list at once, before the allocation (after an async save point) has
    // run; the job executor's part is driven here only after that reload
    wait.until(
        invisibilityOfElementLocated(
            By.cssSelector("ol.tasks-list a[href='#/?task=" + preference.getId() + "']")));
    Job allocation =
        wait.until(
            ignored -> management.createJobQuery().processInstanceId(employment).singleResult());
    management.executeJob(allocation.getId());

    // the list shows HR's next task without a reload of the page: the filters refresh themselves
    // (their "refresh" property, IdentitySetup)
    wait.until(
        visibilityOfElementLocated(
            By.xpath(
                "//ol[contains(@class,'tasks-list')]/li[.//*[normalize-space()='"
                    + registrationNumber
                    + "']]//h4[contains(@class,'task')][normalize-space()='Потвърждаване на разпределението']")));
    chromium.formScreenshot("14-allocation-appears-after-preference");
  }

  @Test
  void hrOpensTheContractPdfFromTheSignatureFormInTheSameLogin() throws IOException {
    // the demo's allocation awaiting HR's confirmation, confirmed: the contract awaits signing
    Task confirmation =
        tasks.createTaskQuery().taskDefinitionKey("Task_ConfirmAllocation").list().get(0);
    tasks.complete(
        confirmation.getId(),
        Map.of(
            "startDate",
            "2022-06-06",
            "position",
            "Общ работник",
            "workingTimeFraction",
            "1",
            "grossMonthlyWage",
            "780.00"));
    Task signature =
        tasks
            .createTaskQuery()
            .taskDefinitionKey("Task_RecordSignature")
            .processInstanceId(confirmation.getProcessInstanceId())
            .singleResult();

    tasklist.logIn("hr");
    browser.get(tasklist.url() + "#/?task=" + signature.getId());
    chromium.click(By.cssSelector("button.claim"));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    WebElement link =
        wait.until(
            visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'fjs-container')]//a[normalize-space()='PDF']")));
    assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
    // the contract's dates as Bulgarian staff write them
    assertThat(
            browser
                .findElement(
                    By.xpath("//div[contains(@class,'fjs-form-field-text')][contains(.,'Срок')]"))
                .getText())
        .contains("06.06.2022 – 05.06.2023");
    chromium.formScreenshot("13-task-form-contract-signature");
    String tasklistWindow = browser.getWindowHandle();
    chromium.click(link);
    wait.until(ignored -> browser.getWindowHandles().size() == 2);
    browser
        .switchTo()
        .window(
            browser.getWindowHandles().stream()
                .filter(handle -> !handle.equals(tasklistWindow))
                .findFirst()
                .orElseThrow());
    wait.until(ignored -> browser.getCurrentUrl().endsWith("/document.pdf"));
    browser.close();
    browser.switchTo().window(tasklistWindow);
    // what the tab got, asked with the same session: the document, not a login (no Basic here)
    Object answer =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                """
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'})
            .then(response => done(response.status + ' ' + response.headers.get('Content-Type')));
        """,
                link.getDomProperty("href"));
    assertThat(answer).isEqualTo("200 application/pdf");
  }

  /** The same number with a wrong check digit. */
  private static String mistyped(String egn) {
    char last = egn.charAt(9);
    return egn.substring(0, 9) + (last == '9' ? '0' : (char) (last + 1));
  }

  private boolean inView(WebElement element) {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                """
        const box = arguments[0].getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;""",
                element);
  }

  private Set<String> historicIds(String processKey) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .list()
        .stream()
        .map(HistoricProcessInstance::getId)
        .collect(Collectors.toSet());
  }

  private Set<String> instanceIds(String processKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
        .map(ProcessInstance::getId)
        .collect(Collectors.toSet());
  }

  private Set<String> onboardingInstanceIds() {
    return instanceIds("participant-onboarding");
  }

  private List<WebElement> streamBoxes() {
    return browser.findElements(
        By.xpath(
            "//div[contains(@class,'fjs-form-field-checklist')]"
                + "//label[input[@type='checkbox']]"));
  }

  private Set<String> tickedStreams() {
    return streamBoxes().stream()
        .filter(box -> box.findElement(By.tagName("input")).isSelected())
        .map(box -> box.getText().trim())
        .collect(Collectors.toSet());
  }

  private void tickExactly(String... labels) {
    Set<String> wanted = Set.of(labels);
    for (WebElement box : streamBoxes()) {
      WebElement input = box.findElement(By.tagName("input"));
      if (input.isSelected() != wanted.contains(box.getText().trim())) {
        chromium.click(input);
      }
    }
  }

  private void check(String label) {
    chromium.click(By.xpath("//label[normalize-space(.)='" + label + "']/input[@type='checkbox']"));
  }
}
