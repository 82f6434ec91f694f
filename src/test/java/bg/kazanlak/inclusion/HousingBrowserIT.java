package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Social housing in the real Tasklist, in a real (headless) Chromium: a social worker opens a
 * household's case from the start form, records its tenancy, assesses it and writes the integration
 * plan in the form's dynamic list; a project manager approves it. A user in both groups who wrote a
 * plan is refused its approval, in Bulgarian. Screenshots of each form go to {@code
 * target/screenshots/housing-*.png}.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:browser-housing;DB_CLOSE_DELAY=-1")
@EnabledIf(value = BrowserTest.INSTALLED, disabledReason = BrowserTest.NOT_INSTALLED)
class HousingBrowserIT extends BrowserTest {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String PROCESS_NAME = "Подкрепа на домакинство в социално жилище";

  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ParticipantRegistry registry;
  @Autowired HousingCases cases;
  @Autowired SupportPlans plans;
  @Autowired Tenancies tenancies;
  @Autowired IdentitySetup users;
  @Autowired ProgrammeClock clock;
  @Autowired ManagementService management;

  /** Before the browser closes (BrowserTest): no engine user left behind. */
  @AfterEach
  void forgetAuthentication() {
    identity.clearAuthentication();
  }

  @Test
  void socialWorkerHousesAssessesAndPlansAndTheManagerApproves() throws IOException {
    String head = registered("Снежана", "Жилищева");
    String child = registered("Васил", "Жилищев");
    String unit =
        tenancies.units().stream().filter(u -> !u.occupied()).findFirst().orElseThrow().id();

    // --- the social worker opens the case from the start form
    tasklist.logIn("social");
    tasklist.startProcess(PROCESS_NAME);
    assertThat(tasklist.text(By.cssSelector(".modal-content .fjs-container")))
        .contains("Домакинство за жилищна подкрепа");
    tasklist.field("Регистрационен номер на титуляря").sendKeys(head);
    chromium.formScreenshot("housing-01-start-form");
    tasklist.submitStartForm();

    // --- the tenancy: a free unit, today, one member
    Task tenancy = tasklist.waitForTask(tasks, head, "Task_RecordTenancy");
    assertThat(tenancy.getAssignee()).isEqualTo("social");
    tasklist.openTask(tenancy);
    assertThat(tasklist.formText()).contains("Настаняване на домакинството", "Снежана Ж.", head);
    tasklist.select("Социално жилище", option -> option.startsWith(unit + " – "));
    tasklist.date("Дата на настаняване", clock.today().format(DAY));
    tasklist
        .field("Членове на домакинството (регистрационни номера, по един на ред; без титуляря)")
        .sendKeys(child);
    tasklist.dismissNotifications();
    chromium.formScreenshot("housing-02-tenancy");
    tasklist.complete();

    // --- the initial assessment of the household
    Task assessment = tasklist.waitForTask(tasks, head, "Task_AssessHousehold");
    assertThat(assessment.getAssignee()).isEqualTo("social");
    assertThat(tenancies.residence(head).orElseThrow().unit()).isEqualTo(unit);
    tasklist.openTask(assessment);
    assertThat(tasklist.formText())
        .contains(
            "Първоначална оценка на домакинството",
            "Снежана Ж. (" + head + ") – титуляр",
            "Васил Ж. (" + child + ")");
    tasklist
        .field("Заетост (регистрация в бюрото по труда, работа)")
        .sendKeys("Титулярката не е регистрирана в бюрото по труда.");
    tasklist
        .field("Здраве (личен лекар, зъболекар, имунизации – без диагнози)")
        .sendKeys("Детето няма личен лекар.");
    tasklist
        .field("Обобщение и потребности на домакинството")
        .sendKeys("Регистрация в бюрото по труда и при личен лекар.");
    tasklist.dismissNotifications();
    chromium.formScreenshot("housing-03-assessment");
    tasklist.complete();

    // --- the integration plan: the dynamic list's first row, then a second one added
    Task draft = tasklist.waitForTask(tasks, head, "Task_DraftPlan");
    tasklist.openTask(draft);
    assertThat(tasklist.formText()).contains("Индивидуален план за интеграция", "Цели на плана");
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
    chromium.click(add);
    wait.until(ignored -> rows().size() == 2);
    fillGoal(
        rows().get(1),
        "Здраве: Регистрация при общопрактикуващ лекар",
        "Васил Ж. (" + child + ")",
        "Здравен медиатор",
        clock.today().plusMonths(3));
    tasklist.dismissNotifications();
    chromium.formScreenshot("housing-04-plan");
    tasklist.complete();

    Task approval = tasklist.waitForTask(tasks, head, "Task_ApprovePlan");
    assertThat(plans.plan(head).status()).isEqualTo(PlanStatus.SUBMITTED);
    assertThat(plans.details(head).goals())
        .extracting(Goal::kind, Goal::owner)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("labour-office-registration", head),
            org.assertj.core.groups.Tuple.tuple("gp-registration", child));
    tasklist.logOut();

    // --- the project manager approves
    tasklist.logIn("manager");
    tasklist.openTask(approval);
    tasklist.claim();
    assertThat(tasklist.formText())
        .contains(
            "Одобрение на индивидуалния план",
            "Версия 1, изготвена от social",
            "Регистрация в Бюрото по труда",
            "Регистрация при общопрактикуващ лекар");
    tasklist.radio("Решение", "Одобрявам");
    tasklist.dismissNotifications();
    chromium.formScreenshot("housing-05-approval");
    tasklist.complete();
    wait.until(ignored -> plans.plan(head).status() == PlanStatus.ACTIVE);
    LocalDate reviewDue = plans.plan(head).nextReviewDue();
    assertThat(reviewDue).isAfter(clock.today());
    tasklist.logOut();

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
      Task review = tasklist.waitForTask(tasks, head, "Task_MonthlyReview");
      assertThat(review.getAssignee()).isEqualTo("social");
      tasklist.logIn("social");
      tasklist.openTask(review);
      assertThat(tasklist.formText()).contains("Месечен преглед № 1", "Напредък по целите");
      // a list without add and remove: its rows are the repeated fields, in order
      wait.until(ignored -> tasklist.fieldBoxes("Състояние").size() == 2);
      List<String> goals =
          tasklist.fieldBoxes("Цел").stream()
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
      assertThat(tasklist.fieldBoxes("Цел №"))
          .allSatisfy(
              box ->
                  assertThat(box.findElement(By.cssSelector("input")).getDomProperty("value"))
                      .matches("\\d+"));
      int first = goals.get(0).startsWith("Регистрация в Бюрото") ? 0 : 1;
      tasklist.date("Дата на посещението", clock.today().format(DAY));
      tasklist.select(
          tasklist.fieldBoxes("Състояние").get(first), option -> option.equals("в процес"));
      tasklist
          .fieldBoxes("Бележка (без диагнози)")
          .get(first)
          .findElement(By.cssSelector("input"))
          .sendKeys("Подадени документи.");
      tasklist.dismissNotifications();
      chromium.formScreenshot("housing-07-review");
      tasklist.complete();
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

    tasklist.logIn("social-manager");
    tasklist.openTask(approval);
    WebElement refusal = tasklist.claimRefused("четири очи");
    assertThat(refusal.getText()).contains("Правило „четири очи“", "автор");
    chromium.formScreenshot("housing-06-four-eyes-refusal");
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

  /** The rows of the form's dynamic list. */
  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector(".fjs-repeat-row-container"));
  }

  private void fillGoal(
      WebElement row, String kind, String owner, String specialist, LocalDate due) {
    tasklist.select(row, "Цел", option -> option.equals(kind));
    tasklist.select(row, "Член на домакинството", option -> option.equals(owner));
    tasklist.field(row, "Отговорен специалист").sendKeys(specialist);
    tasklist.date(row, "Срок", due.format(DAY));
  }
}
