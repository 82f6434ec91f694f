package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Community initiatives in the real Tasklist, in a real (headless) Chromium: a coordinator proposes
 * a family-bonding event from the start form (two families of registered participants, one of them
 * a minority family, a cost below the finance threshold), a project manager claims the approval and
 * approves it. A user in both groups who proposed an initiative is refused its approval, in
 * Bulgarian. Screenshots of each form go to {@code target/screenshots/initiative-*.png}.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:browser-initiative;DB_CLOSE_DELAY=-1")
@EnabledIf(value = BrowserTest.INSTALLED, disabledReason = BrowserTest.NOT_INSTALLED)
class InitiativeBrowserIT extends BrowserTest {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String PROCESS_NAME = "Инициатива за общността";
  private static final String PROCESS = InitiativeCases.PROCESS_ID;

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

  /** Before the browser closes (BrowserTest): no engine user left behind. */
  @AfterEach
  void forgetAuthentication() {
    identity.clearAuthentication();
  }

  @Test
  void coordinatorProposesAFamilyBondingEventAndTheManagerApproves() throws IOException {
    String mother = registered("Фатме", "Сближева");
    String son = registered("Ахмед", "Сближев");
    String neighbour = registered("Мария", "Съседова");
    LocalDate day = clock.today().plusDays(24);
    Set<String> before = instanceIds();

    // --- the coordinator proposes the event from Tasklist's start dialog
    tasklist.logIn("coordinator");
    tasklist.startProcess(PROCESS_NAME);
    assertThat(tasklist.text(By.cssSelector(".modal-content .fjs-container")))
        .contains("Предложение за инициатива");
    tasklist.radio("Вид на инициативата", "Инициатива за сближаване на общностите (две семейства)");
    tasklist.field("Наименование").sendKeys("Пикник край язовир „Копринка“");
    tasklist.date("Дата", day.format(DAY));
    tasklist.select("Населено място", "Копринка");
    tasklist.radio("Спорт или отдих", "Отдих");
    tasklist.field("Семейство 1 – регистрационни номера").sendKeys(mother + ", " + son);
    List<WebElement> minority = tasklist.checkboxes("Принадлежи към малцинство");
    assertThat(minority).hasSize(2);
    chromium.click(minority.get(0));
    tasklist.field("Семейство 2 – регистрационни номера").sendKeys(neighbour);
    tasklist.field("Планирани разходи (лв.)").sendKeys("180.50");
    tasklist.select("Бюджетен ред", "ОПРЧР – Инициативи, почистване и услуги");
    tasklist.dismissNotifications();
    chromium.formScreenshot("initiative-01-proposal");
    tasklist.submitStartForm();

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
    Task approval = tasklist.waitForTask(tasks, number, "Task_ManagerApproval");
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count())
        .as("180.50 lv. is below the finance threshold: no finance review")
        .isOne();
    tasklist.logOut();

    // --- the project manager claims the approval and approves
    tasklist.logIn("manager");
    tasklist.openTask(approval);
    // the card tells the initiative apart: its number, day and cost, none cut off
    WebElement card =
        wait.until(
            ignored ->
                browser.findElements(By.cssSelector("ol.tasks-list > li")).stream()
                    .filter(li -> li.getText().contains(number))
                    .findFirst()
                    .orElse(null));
    assertThat(card.getText()).contains("Инициатива №", "Дата", "Разходи (лв.)", "180.50");
    tasklist.claim();
    String shown = tasklist.formText();
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
    tasklist.radio("Решение", "Одобрявам");
    tasklist.dismissNotifications();
    chromium.formScreenshot("initiative-02-approval");
    tasklist.complete();
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
    Task approval = tasklist.waitForTask(tasks, number, "Task_ManagerApproval");

    tasklist.logIn("coordinator-manager");
    tasklist.openTask(approval);
    WebElement refusal = tasklist.claimRefused("четири очи");
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
}
