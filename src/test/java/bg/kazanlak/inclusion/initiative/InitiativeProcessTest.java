package bg.kazanlak.inclusion.initiative;

import static bg.kazanlak.inclusion.EngineSteps.as;
import static bg.kazanlak.inclusion.EngineSteps.assertNoVariableNamed;
import static bg.kazanlak.inclusion.EngineSteps.complete;
import static bg.kazanlak.inclusion.EngineSteps.dateVariable;
import static bg.kazanlak.inclusion.EngineSteps.dueAt;
import static bg.kazanlak.inclusion.EngineSteps.executeJobs;
import static bg.kazanlak.inclusion.EngineSteps.instance;
import static bg.kazanlak.inclusion.EngineSteps.latestDefinitionId;
import static bg.kazanlak.inclusion.EngineSteps.submitStartForm;
import static bg.kazanlak.inclusion.EngineSteps.task;
import static bg.kazanlak.inclusion.EngineSteps.timer;
import static bg.kazanlak.inclusion.EngineSteps.variable;
import static bg.kazanlak.inclusion.Refusals.assertField;
import static bg.kazanlak.inclusion.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import bg.kazanlak.inclusion.ProcessTest;
import bg.kazanlak.inclusion.Refusals;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.LineFigures;
import bg.kazanlak.inclusion.initiative.InitiativeFigures.Figures;
import bg.kazanlak.inclusion.initiative.InitiativeRepository.InitiativeEvent;
import bg.kazanlak.inclusion.initiative.NewInitiative.NewFamily;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code initiative-approval} on the real model, DMN decisions, delegates, initiative
 * tables and ledger. Each test names freshly registered families, so the family-repeat rule sees
 * only the test's own events; money is asserted per initiative (its ledger entries) or as the
 * change of the shared line. The clock is moved explicitly and the jobs executed by the test.
 */
@ProcessTest(clockFrozenAt = "2022-06-06T09:00")
class InitiativeProcessTest {

  private static final String LINE = "hrd-activities";
  private static final List<String> COORDINATORS = List.of("initiative-coordinators");
  private static final List<String> FINANCE = List.of("finance");
  private static final List<String> MANAGERS = List.of("project-managers");
  private static final List<String> BOTH = List.of("initiative-coordinators", "project-managers");

  /** A Monday two weeks after the tests' today (Monday 6 June 2022). */
  private static final LocalDate DAY = LocalDate.of(2022, 6, 20);

  @Autowired InitiativeCases cases;
  @Autowired InitiativeService initiatives;
  @Autowired InitiativeFigures figures;
  @Autowired BudgetLedger ledger;
  @Autowired ParticipantRegistry registry;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService formService;
  @Autowired HistoryService history;
  @Autowired ProgrammeClock clock;
  @Autowired JdbcClient jdbc;

  // --- approval ------------------------------------------------------------------------------

  @Test
  void aProposalUpToTheFinanceThresholdIsApprovedByTheManagerAloneAndCommitsItsCost() {
    BigDecimal committedBefore = ledger.figures(LINE).committed();
    ProcessInstance initiative = proposed("400.00");
    String number = initiative.getBusinessKey();

    assertThat(number).matches("I-2022-\\d{4}");
    assertThat(initiative)
        .hasPassed("Task_RegisterInitiative", "Task_RouteProposal")
        .hasNotPassed("Task_FinanceReview")
        .isWaitingAt("Task_ManagerApproval");
    assertThat(task(initiative)).hasCandidateGroup("project-managers").isNotAssigned();
    assertThat(variable(initiative, "approvalRoute")).isEqualTo("MANAGER");
    assertThat(variable(initiative, "overTarget")).isEqualTo(false);
    assertThat(variable(initiative, "plannedCost")).isEqualTo("400.00");
    assertThat(variable(initiative, "dateText")).isEqualTo("20.06.2022");
    assertThat(variable(initiative, "proposedBy")).isEqualTo("t-coordinator");
    assertThat((String) variable(initiative, "families")).contains("Семейство 1", "Семейство 2");
    assertThat(initiatives.get(number).status()).isEqualTo(InitiativeStatus.PROPOSED);

    decide(initiative, "t-manager", MANAGERS, "APPROVE", null);

    assertThat(initiative)
        .hasPassed(
            "Task_RecordManagerDecision", "Gateway_ManagerDecision", "Task_ScheduleInitiative")
        .isWaitingAt("Event_ReminderDue");
    assertThat(variable(initiative, "reminderDue")).isEqualTo("2022-06-13");
    assertThat(variable(initiative, "initiativeDate")).isEqualTo("2022-06-20");
    Initiative approved = initiatives.get(number);
    assertThat(approved.status()).isEqualTo(InitiativeStatus.APPROVED);
    assertThat(approved.approvedOn()).isEqualTo(LocalDate.of(2022, 6, 6));
    assertThat(entries(number)).containsExactly(tuple("COMMITMENT", new BigDecimal("400.00")));
    assertThat(ledger.figures(LINE).committed())
        .isEqualByComparingTo(committedBefore.add(new BigDecimal("400.00")));
    assertThat(initiatives.history(number))
        .extracting(InitiativeEvent::event, InitiativeEvent::level, InitiativeEvent::by)
        .containsExactly(
            tuple("PROPOSED", null, "t-coordinator"),
            tuple("APPROVED", ApprovalLevel.MANAGER, "t-manager"));
  }

  @Test
  void aProposalAboveTheFinanceThresholdIsReviewedByFinanceBeforeTheManagerDecides() {
    ProcessInstance initiative = proposed("400.01");
    String number = initiative.getBusinessKey();

    assertThat(initiative).isWaitingAt("Task_FinanceReview");
    assertThat(task(initiative)).hasCandidateGroup("finance");
    assertThat(variable(initiative, "approvalRoute")).isEqualTo("FINANCE_AND_MANAGER");

    decide(initiative, "t-finance", FINANCE, "APPROVE", "Разходът е обоснован.");

    assertThat(initiative)
        .hasPassed("Task_RecordFinanceDecision", "Gateway_FinanceDecision")
        .isWaitingAt("Task_ManagerApproval");
    assertThat(entries(number)).isEmpty();
    // finance's approval is not the manager's
    assertThatThrownBy(
            () ->
                initiatives.decide(
                    number, ApprovalLevel.FINANCE, Decision.APPROVE, "t-finance-2", null, null))
        .satisfies(Refusals::assertRuleBroken);

    decide(initiative, "t-manager", MANAGERS, "APPROVE", null);

    assertThat(initiative).isWaitingAt("Event_ReminderDue");
    assertThat(entries(number)).containsExactly(tuple("COMMITMENT", new BigDecimal("400.01")));
    assertThat(initiatives.history(number))
        .extracting(InitiativeEvent::event, InitiativeEvent::level, InitiativeEvent::note)
        .containsExactly(
            tuple("PROPOSED", null, null),
            tuple("APPROVED", ApprovalLevel.FINANCE, "Разходът е обоснован."),
            tuple("APPROVED", ApprovalLevel.MANAGER, null));
  }

  @Test
  void financeReturnsTheProposalAndOnlyTheProposerCorrectsAndResubmitsIt() {
    ProcessInstance initiative = proposed("600.00");
    String number = initiative.getBusinessKey();

    assertThatThrownBy(() -> decide(initiative, "t-finance", FINANCE, "RETURN", " "))
        .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertField(e, "reason"));
    decide(initiative, "t-finance", FINANCE, "RETURN", "Намалете разходите под 400 лв.");

    assertThat(initiative).hasPassed("Gateway_Returned").isWaitingAt("Task_CorrectProposal");
    assertThat(task(initiative)).isAssignedTo("t-coordinator");
    assertThat(variable(initiative, "decisionComment")).isEqualTo("Намалете разходите под 400 лв.");
    Initiative returned = initiatives.get(number);
    assertThat(returned.status()).isEqualTo(InitiativeStatus.RETURNED);
    assertThat(returned.statusReason()).isEqualTo("Намалете разходите под 400 лв.");

    List<String> people = people(returned);
    assertThatThrownBy(
            () ->
                complete(
                    initiative,
                    "t-coordinator-2",
                    COORDINATORS,
                    correction(people, "350.00", "RESUBMIT")))
        .satisfies(Refusals::assertRuleBroken);
    assertThat(initiative).isWaitingAt("Task_CorrectProposal");
    assertThat(initiatives.get(number).status()).isEqualTo(InitiativeStatus.RETURNED);

    complete(initiative, "t-coordinator", COORDINATORS, correction(people, "350.00", "RESUBMIT"));

    assertThat(initiative)
        .hasPassed("Task_ApplyCorrection", "Gateway_Corrected")
        .isWaitingAt("Task_ManagerApproval");
    assertThat(variable(initiative, "approvalRoute")).isEqualTo("MANAGER");
    assertThat(variable(initiative, "decisionComment")).isNull();
    assertThat(variable(initiative, "plannedCost")).isEqualTo("350.00");
    Initiative corrected = initiatives.get(number);
    assertThat(corrected.status()).isEqualTo(InitiativeStatus.PROPOSED);
    assertThat(corrected.statusReason()).isNull();
    assertThat(corrected.plannedCost()).isEqualByComparingTo("350.00");
    assertThat(corrected.title()).isEqualTo("Пикник край язовира");
    assertThat(corrected.kind()).isEqualTo(InitiativeKind.FAMILY_BONDING);
    assertThat(people(corrected)).containsExactlyInAnyOrderElementsOf(people);
    assertThat(minorities(number)).containsExactly(true, false);
    assertNoMinorityAnswerInTheEngine();

    decide(initiative, "t-manager", MANAGERS, "APPROVE", null);
    assertThat(initiative).isWaitingAt("Event_ReminderDue");
    assertThat(entries(number)).containsExactly(tuple("COMMITMENT", new BigDecimal("350.00")));
  }

  @Test
  void theManagerReturnsTheProposalAndTheProposerWithdrawsIt() {
    ProcessInstance initiative = proposed("300.00");
    String number = initiative.getBusinessKey();

    decide(initiative, "t-manager", MANAGERS, "RETURN", "Изберете друг ден.");
    assertThat(initiative).hasPassed("Gateway_ManagerDecision").isWaitingAt("Task_CorrectProposal");

    complete(initiative, "t-coordinator", COORDINATORS, Map.of("correctionAction", "WITHDRAW"));

    assertThat(initiative).hasPassed("Event_ProposalWithdrawn").isEnded();
    Initiative withdrawn = initiatives.get(number);
    assertThat(withdrawn.status()).isEqualTo(InitiativeStatus.WITHDRAWN);
    assertThat(entries(number)).isEmpty();
    assertThat(initiatives.history(number))
        .extracting(InitiativeEvent::event)
        .containsExactly("PROPOSED", "RETURNED", "WITHDRAWN");
  }

  @Test
  void financeOrTheManagerMayRejectKeepingTheReason() {
    ProcessInstance byFinance = proposed("700.00");
    decide(byFinance, "t-finance", FINANCE, "REJECT", "Твърде скъпо за две семейства.");

    assertThat(byFinance).hasPassed("Event_RejectedByFinance").isEnded();
    Initiative rejected = initiatives.get(byFinance.getBusinessKey());
    assertThat(rejected.status()).isEqualTo(InitiativeStatus.REJECTED);
    assertThat(rejected.statusReason()).isEqualTo("Твърде скъпо за две семейства.");

    ProcessInstance byManager = proposed("200.00");
    assertThatThrownBy(() -> decide(byManager, "t-manager", MANAGERS, "REJECT", null))
        .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertField(e, "reason"));
    decide(byManager, "t-manager", MANAGERS, "REJECT", "Не е в плана за месеца.");

    assertThat(byManager).hasPassed("Event_Rejected").isEnded();
    Initiative alsoRejected = initiatives.get(byManager.getBusinessKey());
    assertThat(alsoRejected.status()).isEqualTo(InitiativeStatus.REJECTED);
    assertThat(alsoRejected.statusReason()).isEqualTo("Не е в плана за месеца.");
    assertThat(entries(byFinance.getBusinessKey())).isEmpty();
    assertThat(entries(byManager.getBusinessKey())).isEmpty();
  }

  // --- the day and the report -----------------------------------------------------------------

  @Test
  void anApprovedEventIsRemindedConfirmedHeldReportedAndItsCostBooked() {
    LineFigures before = ledger.figures(LINE);
    // the figures as of the day it is held, and as of the days around its approval (today)
    Figures reachedBefore = figures.asOf(DAY);
    Figures heldTheDayBefore = figures.asOf(DAY.minusDays(1));
    LocalDate approvedOn = clock.today();
    Figures approvedTheDayBefore = figures.asOf(approvedOn.minusDays(1));
    Figures approvedThatDay = figures.asOf(approvedOn);
    ProcessInstance initiative = approved("350.00");
    String number = initiative.getBusinessKey();

    executeJobs(initiative); // the reminder is not due yet
    assertThat(initiative).isWaitingAt("Event_ReminderDue");
    assertThat(timer(initiative).getDuedate()).isEqualTo(dueAt(LocalDate.of(2022, 6, 13), 0, 0));

    reminderFallsDue(initiative);
    assertThat(task(initiative)).isAssignedTo("t-coordinator");
    complete(initiative, "t-coordinator", COORDINATORS, Map.of("preparationAction", "CONFIRM"));
    assertThat(initiative).hasPassed("Task_RecordPreparation").isWaitingAt("Event_DayPassed");

    dayPasses(initiative);
    assertThat(task(initiative)).isAssignedTo("t-coordinator");
    complete(initiative, "t-coordinator", COORDINATORS, heldReport("280.00", 2, 1));

    assertThat(initiative)
        .hasPassed("Task_RecordReport", "Gateway_Held")
        .isWaitingAt("Task_PostCost");
    Initiative held = initiatives.get(number);
    assertThat(held.status()).isEqualTo(InitiativeStatus.HELD);
    assertThat(held.heldOn()).isEqualTo(DAY);
    assertThat(held.actualCost()).isEqualByComparingTo("280.00");
    assertThat(held.workDone()).isEqualTo("Футбол и общ обяд.");
    assertThat(held.families()).extracting(Initiative.Family::attended).containsExactly(2, 1);
    assertThat(entries(number)).containsExactly(tuple("COMMITMENT", new BigDecimal("350.00")));

    executeJobs(initiative);

    assertThat(initiative).hasPassed("Task_PostCost", "Event_InitiativeHeld").isEnded();
    assertThat(entries(number))
        .containsExactly(
            tuple("COMMITMENT", new BigDecimal("350.00")),
            tuple("EXPENDITURE", new BigDecimal("280.00")),
            tuple("RELEASE", new BigDecimal("70.00")));
    LineFigures after = ledger.figures(LINE);
    assertThat(after.committed()).isEqualByComparingTo(before.committed());
    assertThat(after.spent()).isEqualByComparingTo(before.spent().add(new BigDecimal("280.00")));
    Figures reached = figures.asOf(clock.today());
    assertThat(reached.held()).isEqualTo(reachedBefore.held() + 1);
    assertThat(reached.familiesReached()).isEqualTo(reachedBefore.familiesReached() + 2);
    assertThat(reached.minorityFamiliesReached())
        .isEqualTo(reachedBefore.minorityFamiliesReached() + 1);
    // as of a day: approved from its approval's day, held from the day it took place
    assertThat(figures.asOf(approvedOn.minusDays(1)).approved())
        .isEqualTo(approvedTheDayBefore.approved());
    assertThat(figures.asOf(approvedOn).approved()).isEqualTo(approvedThatDay.approved() + 1);
    assertThat(figures.asOf(DAY.minusDays(1)).held()).isEqualTo(heldTheDayBefore.held());
    assertThat(figures.asOf(DAY.minusDays(1)).familiesReached())
        .isEqualTo(heldTheDayBefore.familiesReached());
    assertThat(initiatives.history(number))
        .extracting(InitiativeEvent::event)
        .containsExactly("PROPOSED", "APPROVED", "CONFIRMED", "HELD");
  }

  @Test
  void aReminderLeftUnansweredClosesAtTheEndOfTheDayAndTheReportOpens() {
    ProcessInstance initiative = approved("120.00");
    reminderFallsDue(initiative);
    LocalDate day = dateVariable(initiative, "initiativeDate");
    clock.freezeAt(day.atTime(17, 0));
    executeJobs(initiative);
    assertThat(initiative).isWaitingAt("Task_ConfirmInitiative");

    clock.freezeAt(day.atTime(18, 0));
    executeJobs(initiative);

    assertThat(initiative)
        .hasPassed("Event_Unanswered")
        .hasNotPassed("Task_RecordPreparation")
        .isWaitingAt("Task_ReportInitiative");
    assertThat(task(initiative)).isAssignedTo("t-coordinator");
    complete(initiative, "t-coordinator", COORDINATORS, heldReport("120.00", 3, 2));
    executeJobs(initiative);
    assertThat(initiative).hasPassed("Event_InitiativeHeld").isEnded();
    assertThat(initiatives.get(initiative.getBusinessKey()).status())
        .isEqualTo(InitiativeStatus.HELD);
  }

  @Test
  void aRescheduledEventIsRemindedAgainAndCancellingItReleasesTheCommitment() {
    Figures theDayBeforeCancelling = figures.asOf(LocalDate.of(2022, 6, 19));
    Figures theDayOfCancelling = figures.asOf(LocalDate.of(2022, 6, 20));
    ProcessInstance initiative = approved("250.00");
    String number = initiative.getBusinessKey();
    reminderFallsDue(initiative);

    assertThatThrownBy(
            () ->
                complete(
                    initiative,
                    "t-coordinator",
                    COORDINATORS,
                    Map.of("preparationAction", "RESCHEDULE", "newDate", "2022-06-27")))
        .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertField(e, "reason"));
    complete(
        initiative,
        "t-coordinator",
        COORDINATORS,
        Map.of(
            "preparationAction",
            "RESCHEDULE",
            "newDate",
            "2022-06-27",
            "reason",
            "Стадионът е зает."));

    assertThat(initiative).hasPassed("Gateway_Scheduled").isWaitingAt("Event_ReminderDue");
    assertThat(variable(initiative, "reminderDue")).isEqualTo("2022-06-20");
    assertThat(variable(initiative, "dateText")).isEqualTo("27.06.2022");
    assertThat(initiatives.get(number).date()).isEqualTo(LocalDate.of(2022, 6, 27));
    assertThat(timer(initiative).getDuedate()).isEqualTo(dueAt(LocalDate.of(2022, 6, 20), 0, 0));

    reminderFallsDue(initiative);
    assertThat(clock.today()).isEqualTo(LocalDate.of(2022, 6, 20));
    complete(
        initiative,
        "t-coordinator",
        COORDINATORS,
        Map.of("preparationAction", "CANCEL", "reason", "Семейството заминава."));

    assertThat(initiative).hasPassed("Event_InitiativeCancelled").isEnded();
    Initiative cancelled = initiatives.get(number);
    assertThat(cancelled.status()).isEqualTo(InitiativeStatus.CANCELLED);
    assertThat(cancelled.statusReason()).isEqualTo("Семейството заминава.");
    assertThat(entries(number))
        .containsExactly(
            tuple("COMMITMENT", new BigDecimal("250.00")),
            tuple("RELEASE", new BigDecimal("250.00")));
    assertThat(initiatives.history(number))
        .extracting(InitiativeEvent::event, InitiativeEvent::initiativeDate)
        .containsExactly(
            tuple("PROPOSED", DAY),
            tuple("APPROVED", DAY),
            tuple("RESCHEDULED", LocalDate.of(2022, 6, 27)),
            tuple("CANCELLED", LocalDate.of(2022, 6, 27)));
    // approved until the day it was cancelled, the 20th
    assertThat(figures.asOf(LocalDate.of(2022, 6, 19)).approved())
        .isEqualTo(theDayBeforeCancelling.approved() + 1);
    assertThat(figures.asOf(LocalDate.of(2022, 6, 20)).approved())
        .isEqualTo(theDayOfCancelling.approved());
  }

  @Test
  void anEventReportedAsNotHeldIsCancelledAndItsCommitmentReleased() {
    ProcessInstance initiative = approved("150.00");
    String number = initiative.getBusinessKey();
    reminderFallsDue(initiative);
    complete(initiative, "t-coordinator", COORDINATORS, Map.of("preparationAction", "CONFIRM"));
    dayPasses(initiative);

    assertThatThrownBy(
            () -> complete(initiative, "t-coordinator", COORDINATORS, Map.of("held", "NOT_HELD")))
        .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertField(e, "reason"));
    complete(
        initiative,
        "t-coordinator",
        COORDINATORS,
        Map.of("held", "NOT_HELD", "reason", "Проливен дъжд."));

    assertThat(initiative)
        .hasPassed("Event_InitiativeNotHeld")
        .hasNotPassed("Task_PostCost")
        .isEnded();
    Initiative notHeld = initiatives.get(number);
    assertThat(notHeld.status()).isEqualTo(InitiativeStatus.CANCELLED);
    assertThat(notHeld.statusReason()).isEqualTo("Проливен дъжд.");
    assertThat(entries(number))
        .containsExactly(
            tuple("COMMITMENT", new BigDecimal("150.00")),
            tuple("RELEASE", new BigDecimal("150.00")));
  }

  @Test
  void aRetriedPostingJobBooksTheCostOnce() {
    LineFigures before = ledger.figures(LINE);
    ProcessInstance initiative = approved("300.00");
    String number = initiative.getBusinessKey();
    reminderFallsDue(initiative);
    complete(initiative, "t-coordinator", COORDINATORS, Map.of("preparationAction", "CONFIRM"));
    dayPasses(initiative);
    complete(initiative, "t-coordinator", COORDINATORS, heldReport("320.00", 3, 2));
    assertThat(initiative).isWaitingAt("Task_PostCost");

    // a previous attempt booked the cost and committed, but its job was not marked done
    initiatives.postCost(number);
    executeJobs(initiative);

    assertThat(initiative).hasPassed("Event_InitiativeHeld").isEnded();
    assertThat(entries(number))
        .containsExactly(
            tuple("COMMITMENT", new BigDecimal("300.00")),
            tuple("EXPENDITURE", new BigDecimal("320.00")));
    LineFigures after = ledger.figures(LINE);
    assertThat(after.committed()).isEqualByComparingTo(before.committed());
    assertThat(after.spent()).isEqualByComparingTo(before.spent().add(new BigDecimal("320.00")));
  }

  // --- the programme's rules ------------------------------------------------------------------

  @Test
  void onceTheTargetIsHeldTheManagerJustifiesAnotherFamilyBondingEvent() {
    long held = figures.asOf(clock.today()).held();
    try {
      for (long i = held; i < 50; i++) {
        jdbc.sql(
                """
            insert into initiative (initiative_number, kind, title, initiative_date, settlement,
              planned_cost, line_id, status, proposed_by, proposed_on, held_on, actual_cost)
            values (?, 'FAMILY_BONDING', 'Проведена', ?, 'Казанлък', 0, ?, 'HELD',
              't-coordinator', ?, ?, 0)""")
            .params(
                "T-TARGET-%02d".formatted(i),
                LocalDate.of(2022, 1, 10),
                LINE,
                LocalDate.of(2022, 1, 3),
                LocalDate.of(2022, 1, 10))
            .update();
      }
      assertThat(figures.asOf(clock.today()).held()).isGreaterThanOrEqualTo(50);
      ProcessInstance initiative = proposed("200.00");
      assertThat(variable(initiative, "overTarget")).isEqualTo(true);

      assertThatThrownBy(() -> decide(initiative, "t-manager", MANAGERS, "APPROVE", null))
          .isInstanceOfSatisfying(
              RequestRefusedException.class, e -> assertField(e, "justification"));
      assertThat(initiative).isWaitingAt("Task_ManagerApproval");

      Map<String, Object> form = new HashMap<>();
      form.put("decision", "APPROVE");
      form.put("justification", " Семействата са от нов квартал. ");
      complete(initiative, "t-manager", MANAGERS, form);

      assertThat(initiative).isWaitingAt("Event_ReminderDue");
      Initiative approved = initiatives.get(initiative.getBusinessKey());
      assertThat(approved.status()).isEqualTo(InitiativeStatus.APPROVED);
      assertThat(approved.justification()).isEqualTo("Семействата са от нов квартал.");
      assertThat(variable(initiative, "justification")).isNull();
    } finally {
      jdbc.sql("delete from initiative where initiative_number like 'T-TARGET-%'").update();
    }
  }

  @Test
  void aFamilyTakesPartInOneFamilyBondingEventWithinTheRepeatDays() {
    List<NewFamily> families = freshFamilies();
    String shared = families.get(0).registrationNumbers().get(0);
    proposed(bonding(DAY, "100.00", families));
    List<NewFamily> again =
        List.of(new NewFamily(List.of(shared), true), new NewFamily(List.of(registered()), false));

    RequestRefusedException refused =
        refusedProposal(() -> propose(bonding(DAY.plusDays(89), "100.00", again)));
    assertThat(refused.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(refused.properties()).containsEntry("registrationNumber", shared);
    assertThat(
            refusedProposal(() -> propose(bonding(DAY.minusDays(14), "100.00", again)))
                .properties())
        .containsEntry("registrationNumber", shared);

    ProcessInstance later = proposed(bonding(DAY.plusDays(90), "100.00", again));
    assertThat(later).isWaitingAt("Task_ManagerApproval");
  }

  @Test
  void theProposerMayNotApproveTheirOwnProposalEvenAsAManagerWhileAnotherManagerMay() {
    ProcessInstance initiative = proposed(bonding(DAY, "200.00", freshFamilies()), "t-both", BOTH);
    String number = initiative.getBusinessKey();
    assertThat(initiatives.get(number).proposedBy()).isEqualTo("t-both");
    String approval = task(initiative).getId();

    assertThatThrownBy(() -> decide(initiative, "t-both", BOTH, "APPROVE", null))
        .satisfies(Refusals::assertRuleBroken);
    assertThatThrownBy(() -> as("t-both", BOTH, () -> tasks.claim(approval, "t-both")))
        .satisfies(Refusals::assertRuleBroken);
    // and past the engine's door, the service refuses the proposer too
    assertThatThrownBy(
            () ->
                initiatives.decide(
                    number, ApprovalLevel.MANAGER, Decision.APPROVE, "t-both", null, null))
        .satisfies(Refusals::assertRuleBroken);
    assertThat(initiative).isWaitingAt("Task_ManagerApproval");
    assertThat(task(initiative)).isNotAssigned();
    assertThat(initiatives.get(number).status()).isEqualTo(InitiativeStatus.PROPOSED);

    decide(initiative, "t-manager", MANAGERS, "APPROVE", null);
    assertThat(initiative).isWaitingAt("Event_ReminderDue");
  }

  @Test
  void aRefusedProposalLeavesNeitherARowNorACase() {
    Map<String, Long> before = traces();
    List<NewFamily> families = freshFamilies();
    String a = families.get(0).registrationNumbers().get(0);

    List<NewFamily> oneFamily = List.of(families.get(0));
    List<NewFamily> noMinority = List.of(new NewFamily(List.of(a), false), families.get(1));
    List<String> thirteen = new ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      thirteen.add("P-2022-9%04d".formatted(i));
    }
    List<NewFamily> tooMany =
        List.of(
            new NewFamily(thirteen.subList(0, 7), true),
            new NewFamily(thirteen.subList(7, 13), false));
    List<NewFamily> unregistered =
        List.of(families.get(0), new NewFamily(List.of("P-2022-99999"), false));

    Map<String, NewInitiative> refusals = new LinkedHashMap<>();
    refusals.put("точно две семейства", bonding(DAY, "100.00", oneFamily));
    refusals.put("малцинство", bonding(DAY, "100.00", noMinority));
    refusals.put("извън периода", bonding(LocalDate.of(2023, 7, 1), "100.00", families));
    refusals.put("минала", bonding(LocalDate.of(2022, 6, 5), "100.00", families));
    refusals.put("до 12", bonding(DAY, "100.00", tooMany));
    refusals.put("P-2022-99999", bonding(DAY, "100.00", unregistered));
    refusals.forEach(
        (reason, proposal) -> {
          RequestRefusedException refused = refusedProposal(() -> propose(proposal));
          assertThat(refused.kind()).as(reason).isEqualTo(Refusal.RULE_BROKEN);
          assertThat(refused.detail()).contains(reason);
        });
    assertThat(refusedProposal(() -> propose(bonding(DAY, "800.01", families))).detail())
        .contains("максимум");
    assertThat(
            refusedProposal(() -> propose(bonding(DAY, "100.00", families, "sesg-assets")))
                .detail())
        .contains("бюджетен ред");
    assertThat(refusedProposal(() -> propose(bonding(DAY, "-1", families))).kind())
        .isEqualTo(Refusal.INVALID);
    // the start group: finance does not propose initiatives
    assertThatThrownBy(
            () ->
                as(
                    "t-finance",
                    FINANCE,
                    () -> cases.propose(bonding(DAY, "100.00", families), "t-finance")))
        .isInstanceOf(AuthorizationException.class);

    assertThat(traces()).isEqualTo(before);
  }

  @Test
  void aCleanUpProposedOnTheStartFormIsReviewedHeldAndBookedWithItsResidentsAndCrew() {
    Map<String, Object> form = new HashMap<>();
    form.put("kind", "PUBLIC_SPACE_CLEANUP");
    form.put("title", "Почистване на парк Тюлбето");
    form.put("date", DAY.toString());
    form.put("settlement", "Шипка");
    form.put("place", "Парк до читалището");
    form.put("crewSize", 6);
    form.put("residentsExpected", 20.0);
    form.put("materials", "Чували, ръкавици");
    form.put("plannedCost", "1200");
    form.put("budgetLine", LINE);

    String id =
        submitStartForm("t-coordinator", COORDINATORS, InitiativeCases.PROCESS_ID, form).getId();

    ProcessInstance initiative = instance(id);
    String number = initiative.getBusinessKey();
    assertThat(initiative).isWaitingAt("Task_FinanceReview");
    assertThat(variable(initiative, "kindLabel"))
        .isEqualTo("Почистване и облагородяване на обществени пространства");
    assertThat(variable(initiative, "families")).isNull();
    Initiative proposed = initiatives.get(number);
    assertThat(proposed.kind()).isEqualTo(InitiativeKind.PUBLIC_SPACE_CLEANUP);
    assertThat(proposed.place()).isEqualTo("Парк до читалището");
    assertThat(proposed.crewSize()).isEqualTo(6);
    assertThat(proposed.residentsExpected()).isEqualTo(20);
    assertThat(proposed.plannedCost()).isEqualByComparingTo("1200.00");
    assertThat(proposed.families()).isEmpty();

    decide(initiative, "t-finance", FINANCE, "APPROVE", null);
    decide(initiative, "t-manager", MANAGERS, "APPROVE", null);
    reminderFallsDue(initiative);
    complete(initiative, "t-coordinator", COORDINATORS, Map.of("preparationAction", "CONFIRM"));
    dayPasses(initiative);
    Map<String, Object> report = new HashMap<>();
    report.put("held", "HELD");
    report.put("residentsAttended", 18);
    report.put("crewAttended", 6);
    report.put("workDone", "Събрани 40 чувала отпадъци.");
    report.put("actualCost", "1200,00");
    complete(initiative, "t-coordinator", COORDINATORS, report);
    executeJobs(initiative);

    assertThat(initiative).hasPassed("Event_InitiativeHeld").isEnded();
    Initiative held = initiatives.get(number);
    assertThat(held.status()).isEqualTo(InitiativeStatus.HELD);
    assertThat(held.residentsAttended()).isEqualTo(18);
    assertThat(held.crewAttended()).isEqualTo(6);
    assertThat(entries(number))
        .containsExactly(
            tuple("COMMITMENT", new BigDecimal("1200.00")),
            tuple("EXPENDITURE", new BigDecimal("1200.00")));
  }

  @Test
  void theMinorityAnswersOfTheStartFormReachOnlyTheInitiativeTables() {
    List<NewFamily> families = freshFamilies();
    String definition = latestDefinitionId(InitiativeCases.PROCESS_ID);
    Map<String, Object> form = new HashMap<>();
    form.put("kind", "FAMILY_BONDING");
    form.put("title", "Разходка до Бузлуджа");
    form.put("activity", "RECREATION");
    form.put("date", "2022-06-20");
    form.put("settlement", "Казанлък");
    form.put("family1Members", String.join(", ", families.get(0).registrationNumbers()));
    form.put("family1Minority", false);
    form.put("family2Members", String.join("\n", families.get(1).registrationNumbers()));
    form.put("family2Minority", true);
    form.put("plannedCost", "120,50");
    form.put("budgetLine", LINE);

    String id =
        as("t-coordinator", COORDINATORS, () -> formService.submitStartForm(definition, form))
            .getId();

    ProcessInstance initiative = instance(id);
    String number = initiative.getBusinessKey();
    assertThat(initiative).isWaitingAt("Task_ManagerApproval");
    Initiative proposed = initiatives.get(number);
    assertThat(proposed.proposedBy()).isEqualTo("t-coordinator");
    assertThat(proposed.activity()).isEqualTo(Activity.RECREATION);
    assertThat(proposed.plannedCost()).isEqualByComparingTo("120.50");
    assertThat(proposed.families())
        .extracting(Initiative.Family::members)
        .containsExactly(
            sorted(families.get(0).registrationNumbers()),
            sorted(families.get(1).registrationNumbers()));
    assertThat(minorities(number)).containsExactly(false, true);

    assertNoMinorityAnswerInTheEngine();
    assertThat(runtime.getVariables(id)).doesNotContainKeys("newInitiative", "family1Minority");
  }

  // --- steps ---------------------------------------------------------------------------------

  /** Two families of freshly registered people: the first (two people) belongs to a minority. */
  private List<NewFamily> freshFamilies() {
    return List.of(
        new NewFamily(List.of(registered(), registered()), true),
        new NewFamily(List.of(registered()), false));
  }

  private String registered() {
    return registry
        .register(TestPeople.eligibleAdult("Елена", "Събева"), "t-officer")
        .registrationNumber();
  }

  private static NewInitiative bonding(LocalDate date, String cost, List<NewFamily> families) {
    return bonding(date, cost, families, LINE);
  }

  private static NewInitiative bonding(
      LocalDate date, String cost, List<NewFamily> families, String line) {
    return new NewInitiative(
        InitiativeKind.FAMILY_BONDING,
        "Футбол в парка",
        Activity.SPORT,
        date,
        "Казанлък",
        families,
        null,
        null,
        null,
        null,
        new BigDecimal(cost),
        line);
  }

  private ProcessInstance proposed(String cost) {
    return proposed(bonding(DAY, cost, freshFamilies()));
  }

  private ProcessInstance proposed(NewInitiative proposal) {
    return proposed(proposal, "t-coordinator", COORDINATORS);
  }

  private ProcessInstance proposed(NewInitiative proposal, String by, List<String> groups) {
    String id = as(by, groups, () -> cases.propose(proposal, by)).processInstanceId();
    return instance(id);
  }

  private void propose(NewInitiative proposal) {
    as("t-coordinator", COORDINATORS, () -> cases.propose(proposal, "t-coordinator"));
  }

  /** Proposed and approved by the manager: waiting for the reminder. */
  private ProcessInstance approved(String cost) {
    ProcessInstance initiative = proposed(cost);
    decide(initiative, "t-manager", MANAGERS, "APPROVE", null);
    assertThat(initiative).isWaitingAt("Event_ReminderDue");
    return initiative;
  }

  private void decide(
      ProcessInstance initiative,
      String user,
      List<String> groups,
      String decision,
      String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", decision);
    form.put("decisionComment", comment);
    complete(initiative, user, groups, form);
  }

  private static Map<String, Object> correction(List<String> people, String cost, String action) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", " Пикник край язовира ");
    form.put("date", DAY.toString());
    form.put("settlement", "Казанлък");
    form.put("activity", "RECREATION");
    form.put("family1Members", people.get(0) + "; " + people.get(1));
    form.put("family1Minority", true);
    form.put("family2Members", people.get(2));
    form.put("family2Minority", false);
    form.put("plannedCost", cost);
    form.put("budgetLine", LINE);
    form.put("correctionAction", action);
    return form;
  }

  private static Map<String, Object> heldReport(String cost, int family1, int family2) {
    Map<String, Object> form = new HashMap<>();
    form.put("held", "HELD");
    form.put("family1Attended", family1);
    form.put("family2Attended", family2);
    form.put("workDone", " Футбол и общ обяд. ");
    form.put("actualCost", cost);
    return form;
  }

  /** Moves the clock to the morning of the reminder's day and fires its timer. */
  private void reminderFallsDue(ProcessInstance initiative) {
    assertThat(initiative).isWaitingAt("Event_ReminderDue");
    LocalDate due = dateVariable(initiative, "reminderDue");
    clock.freezeAt(due.atTime(9, 0));
    executeJobs(initiative);
    assertThat(initiative).hasPassed("Event_ReminderDue").isWaitingAt("Task_ConfirmInitiative");
    assertThat(task(initiative)).isAssignedTo("t-coordinator");
  }

  /** Moves the clock past the end of the initiative's day and fires its timer. */
  private void dayPasses(ProcessInstance initiative) {
    assertThat(initiative).isWaitingAt("Event_DayPassed");
    LocalDate day = dateVariable(initiative, "initiativeDate");
    clock.freezeAt(day.atTime(17, 0));
    executeJobs(initiative);
    assertThat(initiative).isWaitingAt("Event_DayPassed");
    clock.freezeAt(day.atTime(18, 0));
    executeJobs(initiative);
    assertThat(initiative).hasPassed("Event_DayPassed").isWaitingAt("Task_ReportInitiative");
  }

  // --- tables --------------------------------------------------------------------------------

  /** The initiative's ledger entries in booking order: kind and amount. */
  private List<org.assertj.core.groups.Tuple> entries(String number) {
    return jdbc.sql("select kind, amount from ledger_entry where source = ? order by id")
        .param("initiative:" + number)
        .query((rs, i) -> tuple(rs.getString(1), rs.getBigDecimal(2)))
        .list();
  }

  private List<Boolean> minorities(String number) {
    return jdbc.sql(
            "select minority from initiative_family where initiative_number = ? order by family_no")
        .param(number)
        .query(Boolean.class)
        .list();
  }

  /** What a proposal leaves behind: the rows of the initiative tables and the engine's cases. */
  private Map<String, Long> traces() {
    Map<String, Long> counts = new HashMap<>();
    for (String table :
        List.of(
            "initiative", "initiative_family", "initiative_family_member", "initiative_event")) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    counts.put(
        "instances",
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(InitiativeCases.PROCESS_ID)
            .count());
    counts.put(
        "history",
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(InitiativeCases.PROCESS_ID)
            .count());
    return counts;
  }

  /** No variable of that name in the engine's runtime or history tables, for any case. */
  private void assertNoMinorityAnswerInTheEngine() {
    for (String name : InitiativeVariables.FAMILY_MINORITY) {
      assertNoVariableNamed(name);
      assertThat(
              jdbc.sql("select count(*) from ACT_HI_DETAIL where NAME_ = ?")
                  .param(name)
                  .query(Long.class)
                  .single())
          .as(name)
          .isZero();
    }
  }

  private static List<String> people(Initiative initiative) {
    return initiative.families().stream().flatMap(f -> f.members().stream()).toList();
  }

  private static List<String> sorted(List<String> people) {
    return people.stream().sorted().toList();
  }

  private RequestRefusedException refusedProposal(ThrowingCallable call) {
    Map<String, Long> before = traces();
    RequestRefusedException refused = refused(call);
    assertThat(traces()).isEqualTo(before);
    return refused;
  }
}
