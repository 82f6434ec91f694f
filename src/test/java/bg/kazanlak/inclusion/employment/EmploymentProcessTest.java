package bg.kazanlak.inclusion.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import bg.kazanlak.inclusion.ProcessTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.Posting;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.reporting.Indicators;
import bg.kazanlak.inclusion.reporting.IndicatorsService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code employment} on the real model, DMN, delegates, pay rules and ledger, with the programme
 * clock moved month by month.
 */
@ProcessTest
class EmploymentProcessTest {

  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ProgrammeClock clock;
  @Autowired ParticipantRegistry registry;
  @Autowired EmploymentCases cases;
  @Autowired Placements placements;
  @Autowired Contracts contracts;
  @Autowired Payroll payroll;
  @Autowired Leaving leaving;
  @Autowired BudgetLedger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired IndicatorsService indicators;

  /**
   * A 12-month contract 2021-05-01 .. 2022-04-30 at the municipal enterprise (landscape services:
   * work-accident 0.9 %, employer rate 19.52 % in all), 710.00 BGN full time, which the April 2022
   * minimum wage (710) still allows. Worked out by hand, each contribution rounded on its own:
   *
   * <pre>
   * a full month: gross 710.00; 8.22 % 58.36 + 2.1 % 14.91 + 0.6 % 4.26 + 2.8 % 19.88
   *               + 4.8 % 34.08 + 0.1 % 0.71 + 0.9 % 6.39 = 138.59       -> 848.59
   * May 2021: 17 working days (3, 4, 6 and 24 May are days off), 2 of them sick leave:
   *               gross 710 x 15 / 17 = 626.47; 51.50 + 13.16 + 3.76 + 17.54 + 30.07 + 0.63
   *               + 5.64 = 122.30                                           -> 748.77
   * total: 11 x 848.59 + 748.77 = 10 083.26
   * </pre>
   */
  @Test
  void aWholeTwelveMonthContractIsPaidMonthByMonthAndFollowedUp() {
    clock.freezeAt(LocalDateTime.of(2021, 4, 20, 9, 0));
    ProcessInstance pi = start(participant("ISCED_2"));
    assertThat(pi).hasPassed("Task_AllocateEmployer").isWaitingAt("Task_ConfirmAllocation");
    assertThat(task(pi)).hasCandidateGroup("hr-officers");
    assertThat(runtime.getVariable(pi.getId(), "employerId")).isEqualTo("municipal-enterprise");

    confirm(pi, "2021-05-01", "1", "710.00");
    assertThat(pi).isWaitingAt("Task_RecordSignature");
    assertThat(runtime.getVariable(pi.getId(), "contractEnd")).isEqualTo("2022-04-30");
    String contractId = (String) runtime.getVariable(pi.getId(), "contractId");
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.PLANNED);

    clock.freezeAt(LocalDateTime.of(2021, 4, 28, 10, 0));
    sign(pi, "2021-04-28");
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.ACTIVE);

    List<LocalDateTime> monthEnds = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      assertThat(pi).isWaitingAt("Event_MonthEnd");
      monthEnds.add(monthEnd(pi));
      assertThat(pi).isWaitingAt("Task_EnterTimesheet");
      int days = workingDays(pi);
      if (i == 0) {
        assertThat(days).isEqualTo(17);
        timesheet(pi, 15, 0, 2, 0);
      } else {
        timesheet(pi, days, 0, 0, 0);
      }
      assertThat(postings(contractId)).isEqualTo(i + 1);
    }
    assertThat(monthEnds).first().isEqualTo(LocalDateTime.of(2021, 5, 31, 17, 30));
    assertThat(monthEnds).last().isEqualTo(LocalDateTime.of(2022, 4, 30, 17, 30));
    assertThat(payroll.postedMonths(contractId)).hasSize(12).first().isEqualTo("2021-05");
    assertThat(postedTotal(contractId)).isEqualByComparingTo("10083.26");
    assertThat(payroll.totalCost(contractId)).isEqualByComparingTo("10083.26");

    assertThat(pi).hasPassed("Task_ReleasePlace").isWaitingAt("Task_RecordImmediateResult");
    assertThat(task(pi)).hasCandidateGroup("case-officers");
    assertThat(task(pi).getDueDate()).isEqualTo(date(LocalDateTime.of(2022, 5, 28, 17, 30)));
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.ENDED);
    assertThatThrownBy(() -> tasks.complete(task(pi).getId(), Map.of("immediateResult", "RICH")))
        .isInstanceOf(RequestRefusedException.class);
    tasks.complete(task(pi).getId(), Map.of("immediateResult", "JOB_SEARCHING"));
    assertThat(leaving.immediateResult(contractId)).contains("JOB_SEARCHING");

    assertThat(pi).isWaitingAt("Event_FollowUpDue");
    Job followUp = timer(pi);
    assertThat(followUp.getDuedate()).isEqualTo(date(LocalDateTime.of(2022, 10, 30, 17, 30)));
    clock.freezeAt(LocalDateTime.of(2022, 10, 30, 17, 30));
    management.executeJob(followUp.getId());
    assertThat(pi).isWaitingAt("Task_RecordLongerTermResult");
    tasks.complete(
        task(pi).getId(), Map.of("longerTermResult", "EMPLOYED", "improvedSituation", true));
    assertThat(pi).hasPassed("Event_EmploymentClosed").isEnded();
    assertThat(leaving.longerTermResult(contractId)).contains("EMPLOYED");
  }

  @Test
  void aSignatureDatedInTheFutureIsRefusedAndTheContractStaysPlanned() {
    clock.freezeAt(LocalDateTime.of(2021, 4, 20, 9, 0));
    ProcessInstance pi = start(participant("ISCED_2"));
    confirm(pi, "2021-05-01", "1", "710.00");
    String contractId = (String) runtime.getVariable(pi.getId(), "contractId");
    clock.freezeAt(LocalDateTime.of(2021, 4, 28, 10, 0));

    assertThatThrownBy(() -> sign(pi, "2021-04-29"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("бъдещето");
    assertThat(pi).isWaitingAt("Task_RecordSignature");
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.PLANNED);
  }

  @Test
  void thePreferredEmployerComesFirstWhenItSuitsTheProfile() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 1, 9, 0));
    String registrationNumber = participant("ISCED_3");
    String id = cases.start(registrationNumber);
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    assertThat(pi).isWaitingAt("Task_RecordPreference");
    assertThat(task(pi)).hasCandidateGroup("hr-officers");
    assertThat(runtime.getVariable(id, "displayName")).isEqualTo("Иван П.");
    assertThatThrownBy(
            () -> tasks.complete(task(pi).getId(), Map.of("preferredEmployer", "no-such-employer")))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("no-such-employer");

    // secondary education: administration and NGO come first, unless the enterprise is preferred
    tasks.complete(task(pi).getId(), Map.of("preferredEmployer", "municipal-enterprise"));
    management.executeJob(management.createJobQuery().processInstanceId(id).singleResult().getId());

    assertThat(pi)
        .hasPassed("Task_SavePreference", "Task_AllocateEmployer")
        .isWaitingAt("Task_ConfirmAllocation");
    assertThat(runtime.getVariable(id, "employerId")).isEqualTo("municipal-enterprise");
    assertThat((String) runtime.getVariable(id, "suitableEmployers"))
        .startsWith("ОП „Комунални дейности");
  }

  @Test
  void aStartOutsideTheProgrammeOrAWageBelowTheMinimumIsRefused() {
    clock.freezeAt(LocalDateTime.of(2022, 9, 1, 9, 0));
    ProcessInstance pi = start(participant("ISCED_2"));

    assertThatThrownBy(() -> confirm(pi, "2023-07-01", "1", "780.00"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("след края на проекта");
    assertThatThrownBy(() -> confirm(pi, "2022-08-31", "1", "780.00"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("в миналото");
    // 710 is the minimum until December 2022, but not from January 2023
    assertThatThrownBy(() -> confirm(pi, "2022-09-15", "1", "710.00"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("2023-01");
    assertThatThrownBy(() -> confirm(pi, "2022-09-15", "0.5", "380.00"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("минималната");
    assertThat(pi).isWaitingAt("Task_ConfirmAllocation");
  }

  @Test
  void aLateStartEndsWithTheProgramme() {
    clock.freezeAt(LocalDateTime.of(2022, 9, 1, 9, 0));
    ProcessInstance pi = start(participant("ISCED_2"));

    confirm(pi, "2022-09-15", "0.5", "390.00");
    assertThat(runtime.getVariable(pi.getId(), "contractEnd")).isEqualTo("2023-06-30");
    String contractId = (String) runtime.getVariable(pi.getId(), "contractId");
    assertThat(contracts.contract(contractId).end()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(contracts.contract(contractId).workingTimeFraction()).isEqualByComparingTo("0.5");
  }

  /**
   * Places full -> waiting list -> a termination in mid-month (paid pro rata) frees the place ->
   * the first person waiting gets it, the second keeps waiting.
   */
  @Test
  void aTerminationPaysProRataAndGivesThePlaceToTheFirstPersonWaiting() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 1, 9, 0));
    // university graduates of 30: the administration and the NGO (6 + 6 places) only
    ProcessInstance holder = start(participant("ISCED_6"));
    assertThat(holder).isWaitingAt("Task_ConfirmAllocation");
    ProcessInstance firstWaiting = null;
    for (int i = 0; i < 13 && firstWaiting == null; i++) {
      ProcessInstance next = start(participant("ISCED_6"));
      if (Boolean.FALSE.equals(runtime.getVariable(next.getId(), "placeAvailable"))) {
        firstWaiting = next;
      }
    }
    assertThat(firstWaiting).as("someone waits once the 12 places are taken").isNotNull();
    assertThat(firstWaiting).isWaitingAt("Event_PlaceFreed");
    ProcessInstance secondWaiting = start(participant("ISCED_6"));
    assertThat(secondWaiting).isWaitingAt("Event_PlaceFreed");
    assertThat(placements.waitingList())
        .containsSubsequence(firstWaiting.getBusinessKey(), secondWaiting.getBusinessKey());

    String employerId = (String) runtime.getVariable(holder.getId(), "employerId");
    confirm(holder, "2022-06-01", "1", "800.00");
    sign(holder, "2022-06-01");
    String contractId = (String) runtime.getVariable(holder.getId(), "contractId");
    assertThat(holder).isWaitingAt("Event_MonthEnd");

    clock.freezeAt(LocalDateTime.of(2022, 6, 15, 12, 0));
    cases.terminate(contractId, LocalDate.of(2022, 6, 15), "MUTUAL_AGREEMENT");

    assertThat(holder)
        .hasPassed("Event_TerminationReceived", "Task_RecordTermination")
        .isWaitingAt("Task_EnterTimesheet");
    Contract terminated = contracts.contract(contractId);
    assertThat(terminated.status()).isEqualTo(ContractStatus.TERMINATED);
    assertThat(terminated.terminationReason()).isEqualTo(TerminationReason.MUTUAL_AGREEMENT);
    // 1-15 June 2022: 11 of the month's 22 working days
    assertThat(workingDays(holder)).isEqualTo(11);
    assertThat(firstWaiting).isWaitingAt("Event_PlaceFreed");

    timesheet(holder, 11, 0, 0, 0);

    // gross 800 x 11 / 22 = 400.00; 18.52 % + 0.1 % and the employer's work-accident rate
    BigDecimal workAccident =
        "municipal-administration".equals(employerId)
            ? new BigDecimal("2.80")
            : new BigDecimal("2.00");
    BigDecimal expected =
        new BigDecimal("400.00")
            .add(new BigDecimal("32.88"))
            .add(new BigDecimal("8.40"))
            .add(new BigDecimal("2.40"))
            .add(new BigDecimal("11.20"))
            .add(new BigDecimal("19.20"))
            .add(new BigDecimal("0.40"))
            .add(workAccident);
    assertThat(postedTotal(contractId)).isEqualByComparingTo(expected);
    assertThat(holder).hasPassed("Task_ReleasePlace").isWaitingAt("Task_RecordImmediateResult");
    assertThat(runtime.getVariable(holder.getId(), "leavingDate")).isEqualTo("2022-06-15");

    assertThat(firstWaiting).hasPassed("Event_PlaceFreed").isWaitingAt("Task_ConfirmAllocation");
    assertThat(runtime.getVariable(firstWaiting.getId(), "employerId")).isEqualTo(employerId);
    assertThat(secondWaiting).isWaitingAt("Event_PlaceFreed");
    assertThat(placements.waitingList())
        .doesNotContain(firstWaiting.getBusinessKey())
        .contains(secondWaiting.getBusinessKey());

    // the freed place is offered for the time that remains
    confirm(firstWaiting, "2022-07-01", "1", "800.00");
    assertThat(runtime.getVariable(firstWaiting.getId(), "contractEnd")).isEqualTo("2023-06-30");
  }

  @Test
  void aTerminationOutsideTheCurrentMonthOrForAnUnknownReasonIsRefused() {
    String contractId = contractInItsFirstMonth(LocalDate.of(2022, 6, 1), "ISCED_2");
    clock.freezeAt(LocalDateTime.of(2022, 6, 15, 12, 0));

    assertThatThrownBy(() -> cases.terminate(contractId, LocalDate.of(2022, 7, 4), "RESIGNATION"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("2022-06");
    assertThatThrownBy(() -> cases.terminate(contractId, LocalDate.of(2022, 6, 15), "BORED"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("RESIGNATION");
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.ACTIVE);
  }

  @Test
  void aContractIsTerminatedOnlyOnce() {
    String contractId = contractInItsFirstMonth(LocalDate.of(2022, 6, 1), "ISCED_2");
    clock.freezeAt(LocalDateTime.of(2022, 6, 15, 12, 0));
    cases.terminate(contractId, LocalDate.of(2022, 6, 15), "MUTUAL_AGREEMENT");

    assertThatThrownBy(() -> cases.terminate(contractId, LocalDate.of(2022, 6, 15), "DISMISSAL"))
        .isInstanceOf(RequestRefusedException.class);
    assertThat(contracts.contract(contractId).terminationReason())
        .isEqualTo(TerminationReason.MUTUAL_AGREEMENT);
  }

  @Test
  void aTerminationWhileAMonthsTimesheetIsEnteredEndsTheFollowingMonth() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 1, 9, 0));
    ProcessInstance pi = start(participant("ISCED_2"));
    confirm(pi, "2022-06-01", "1", "780.00");
    sign(pi, "2022-06-01");
    String contractId = (String) runtime.getVariable(pi.getId(), "contractId");
    monthEnd(pi);
    assertThat(pi).isWaitingAt("Task_EnterTimesheet");
    clock.freezeAt(LocalDateTime.of(2022, 7, 1, 10, 0));

    assertThatThrownBy(() -> cases.terminate(contractId, LocalDate.of(2022, 6, 30), "DISMISSAL"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("2022-07");
    cases.terminate(contractId, LocalDate.of(2022, 7, 8), "DISMISSAL");
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.TERMINATED);

    timesheet(pi, workingDays(pi), 0, 0, 0);
    assertThat(pi).isWaitingAt("Event_MonthEnd");
    assertThat(runtime.getVariable(pi.getId(), "timesheetDue")).isEqualTo("2022-07-08");
    assertThat(monthEnd(pi)).isEqualTo(LocalDateTime.of(2022, 7, 8, 17, 30));
    // 1 and 4-8 July
    assertThat(workingDays(pi)).isEqualTo(6);
    timesheet(pi, 6, 0, 0, 0);

    assertThat(payroll.postedMonths(contractId)).containsExactly("2022-06", "2022-07");
    assertThat(pi).hasPassed("Task_ReleasePlace").isWaitingAt("Task_RecordImmediateResult");
    assertThat(runtime.getVariable(pi.getId(), "leavingDate")).isEqualTo("2022-07-08");
  }

  @Test
  void aTimesheetThatDoesNotAddUpToTheMonthIsRefusedAndNothingIsBooked() {
    ProcessInstance pi = februaryContractAtItsTimesheet();
    String contractId = (String) runtime.getVariable(pi.getId(), "contractId");
    int days = workingDays(pi);
    assertThat(days).isEqualTo(20);

    assertThatThrownBy(() -> timesheet(pi, days + 1, 0, 0, 0))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("повече");
    assertThatThrownBy(() -> timesheet(pi, days + 2, -2, 0, 0))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("отрицателно");
    assertThatThrownBy(() -> timesheet(pi, days - 1, 0, 0, 0))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("сборът");
    assertThatThrownBy(() -> tasks.complete(task(pi).getId(), Map.of("daysWorked", 20)))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("платен отпуск");
    assertThat(pi).isWaitingAt("Task_EnterTimesheet");
    assertThat(postings(contractId)).isZero();
  }

  @Test
  void aMonthIsBookedOnceEvenWhenItIsPostedAgain() {
    ProcessInstance pi = februaryContractAtItsTimesheet();
    String contractId = (String) runtime.getVariable(pi.getId(), "contractId");

    BigDecimal spentBefore = ledger.figures("hrd-employment").spent();
    timesheet(pi, 18, 2, 0, 0);
    assertThat(postings(contractId)).isEqualTo(1);
    BigDecimal spentAfter = ledger.figures("hrd-employment").spent();
    assertThat(spentAfter.subtract(spentBefore)).isEqualByComparingTo("932.26");

    // the same month again (a retried job, a second click): booked once
    MonthPosted again = payroll.post(contractId, YearMonth.of(2022, 2), new Timesheet(18, 2, 0, 0));
    assertThat(again.alreadyBooked()).isTrue();
    assertThat(postings(contractId)).isEqualTo(1);
    assertThat(ledger.figures("hrd-employment").spent()).isEqualByComparingTo(spentAfter);
  }

  @Test
  void aMonthTheLineCannotPayGoesToFinanceAndTheManagersAndIsBookedOnceFunded() {
    ProcessInstance pi = februaryContractAtItsTimesheet();
    String contractId = (String) runtime.getVariable(pi.getId(), "contractId");
    timesheet(pi, 18, 2, 0, 0);
    assertThat(postings(contractId)).isEqualTo(1);

    // the line cannot pay March: finance and the managers are asked, nothing is booked
    BigDecimal available = ledger.figures("hrd-employment").available();
    String blocker = "test:employment-blocker:" + contractId;
    ledger.commit(
        new Posting(
            blocker,
            "hrd-employment",
            available.subtract(new BigDecimal("100.00")),
            "test",
            "Блокира реда"));
    try {
      monthEnd(pi);
      timesheet(pi, workingDays(pi), 0, 0, 0);
      assertThat(pi).hasPassed("Event_PayrollLineOverdrawn").isWaitingAt("Task_PayrollEscalation");
      assertThat(task(pi)).hasCandidateGroup("finance").hasCandidateGroup("project-managers");
      assertThat((String) runtime.getVariable(pi.getId(), "payrollRefusal")).contains("100.00");
      assertThat(postings(contractId)).isEqualTo(1);
    } finally {
      ledger.release(
          new Posting(
              blocker + ":release",
              "hrd-employment",
              available.subtract(new BigDecimal("100.00")),
              "test",
              "Освобождава реда"));
    }
    tasks.complete(task(pi).getId(), Map.of("fundsArranged", true));
    assertThat(postings(contractId)).isEqualTo(2);
    assertThat(pi).isWaitingAt("Event_MonthEnd");
    assertThat(runtime.getVariable(pi.getId(), "timesheetMonth")).isEqualTo("2022-04");
  }

  /**
   * Two people leave on 8 July 2022 and are found in work. The one recorded on the 28th day after
   * leaving counts in CR04, the one recorded a day later does not (Annex I's 4 weeks); the first
   * one's follow-up, 6 months on, counts in CR06. As of a day before a record, it is not known.
   */
  @Test
  void leavingResultsCountInTheEsfIndicatorsOnlyWithinTheirWindows() {
    clock.freezeAt(LocalDateTime.of(2022, 7, 1, 9, 0));
    List<ProcessInstance> leavers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String registrationNumber = participant("ISCED_2");
      jdbc.sql(
              "insert into participant_stream (registration_number, stream, candidate, enrolled_on)"
                  + " values (?, 'EMPLOYMENT', true, date '2022-07-01')")
          .param(registrationNumber)
          .update();
      ProcessInstance pi = start(registrationNumber);
      confirm(pi, "2022-07-01", "1", "800.00");
      sign(pi, "2022-07-01");
      leavers.add(pi);
    }
    clock.freezeAt(LocalDateTime.of(2022, 7, 8, 12, 0));
    for (ProcessInstance pi : leavers) {
      cases.terminate(
          (String) runtime.getVariable(pi.getId(), "contractId"), clock.today(), "RESIGNATION");
      timesheet(pi, workingDays(pi), 0, 0, 0);
      assertThat(pi).isWaitingAt("Task_RecordImmediateResult");
    }
    ProcessInstance onTime = leavers.get(0);
    ProcessInstance late = leavers.get(1);

    clock.freezeAt(LocalDateTime.of(2022, 8, 5, 10, 0));
    tasks.complete(task(onTime).getId(), Map.of("immediateResult", "EMPLOYED"));
    clock.freezeAt(LocalDateTime.of(2022, 8, 6, 10, 0));
    tasks.complete(task(late).getId(), Map.of("immediateResult", "EMPLOYED"));

    Indicators now = indicators.asOf(clock.today());
    assertThat(now.esf().get("CR04").total()).isOne();
    assertThat(now.esfParticipants().leavers()).isEqualTo(2);
    assertThat(indicators.asOf(LocalDate.of(2022, 8, 4)).esf().get("CR04").total()).isZero();

    Job followUp = timer(onTime);
    clock.freezeAt(LocalDateTime.ofInstant(followUp.getDuedate().toInstant(), SOFIA));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2023, 1, 8));
    management.executeJob(followUp.getId());
    tasks.complete(
        task(onTime).getId(), Map.of("longerTermResult", "EMPLOYED", "improvedSituation", false));

    assertThat(indicators.asOf(clock.today()).esf().get("CR06").total()).isOne();
    assertThat(indicators.asOf(clock.today()).esf().get("CR07").total())
        .isZero(); // unemployed at entry
    assertThat(indicators.asOf(LocalDate.of(2023, 1, 7)).esf().get("CR06").total()).isZero();
  }

  // ---------------------------------------------------------------------------------------------

  private String participant(String educationLevel) {
    return registry
        .register(
            TestPeople.person(
                "Иван",
                "Петров",
                LocalDate.of(1992, 3, 10),
                "Казанлък",
                "UNEMPLOYED",
                educationLevel),
            "officer")
        .registrationNumber();
  }

  /**
   * A full-time contract from 1 February 2022 at 780.00, its first month ended: the timesheet
   * waits.
   */
  private ProcessInstance februaryContractAtItsTimesheet() {
    clock.freezeAt(LocalDateTime.of(2022, 2, 1, 9, 0));
    ProcessInstance pi = start(participant("ISCED_1"));
    confirm(pi, "2022-02-01", "1", "780.00");
    sign(pi, "2022-02-01");
    monthEnd(pi);
    return pi;
  }

  /** A full-time contract at 800.00 signed and started on its first day: its first month runs. */
  private String contractInItsFirstMonth(LocalDate start, String educationLevel) {
    clock.freezeAt(start.atTime(9, 0));
    ProcessInstance pi = start(participant(educationLevel));
    confirm(pi, start.toString(), "1", "800.00");
    sign(pi, start.toString());
    assertThat(pi).isWaitingAt("Event_MonthEnd");
    return (String) runtime.getVariable(pi.getId(), "contractId");
  }

  /** Starts the case as onboarding does, records the preference, runs the allocation. */
  private ProcessInstance start(String registrationNumber) {
    return start(registrationNumber, "NONE");
  }

  private ProcessInstance start(String registrationNumber, String preferredEmployer) {
    String id = cases.start(registrationNumber);
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(id).singleResult().getId(),
        Map.of("preferredEmployer", preferredEmployer));
    Job allocation = management.createJobQuery().processInstanceId(id).singleResult();
    management.executeJob(allocation.getId());
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private void confirm(ProcessInstance pi, String start, String fraction, String wage) {
    tasks.complete(
        task(pi).getId(),
        Map.of(
            "startDate",
            start,
            "position",
            "Работник поддръжка",
            "workingTimeFraction",
            fraction,
            "grossMonthlyWage",
            wage));
  }

  private void sign(ProcessInstance pi, String date) {
    tasks.complete(task(pi).getId(), Map.of("signatureDate", date));
  }

  private Job timer(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  /** Moves the programme clock to the month-end timer and fires it. */
  private LocalDateTime monthEnd(ProcessInstance pi) {
    Job job = timer(pi);
    LocalDateTime due = LocalDateTime.ofInstant(job.getDuedate().toInstant(), SOFIA);
    clock.freezeAt(due);
    management.executeJob(job.getId());
    return due;
  }

  private int workingDays(ProcessInstance pi) {
    return (Integer) runtime.getVariable(pi.getId(), "contractWorkingDays");
  }

  private void timesheet(ProcessInstance pi, int worked, int paidLeave, int sick, int unpaid) {
    Map<String, Object> form = new HashMap<>();
    form.put("daysWorked", worked);
    form.put("paidLeaveDays", paidLeave);
    form.put("sickLeaveDays", sick);
    form.put("unpaidAbsenceDays", unpaid);
    tasks.complete(task(pi).getId(), form);
  }

  private long postings(String contractId) {
    return jdbc.sql("select count(*) from ledger_entry where source = ?")
        .param("contract:" + contractId)
        .query(Long.class)
        .single();
  }

  private BigDecimal postedTotal(String contractId) {
    return jdbc.sql("select coalesce(sum(amount), 0) from ledger_entry where source = ?")
        .param("contract:" + contractId)
        .query(BigDecimal.class)
        .single();
  }

  private static java.util.Date date(LocalDateTime moment) {
    return java.util.Date.from(moment.atZone(SOFIA).toInstant());
  }
}
