package bg.kazanlak.inclusion.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import bg.kazanlak.inclusion.ProcessTestSupport;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantWithdrawn;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * What reaches an employment case from outside — a withdrawal, a freed place — and the places near
 * the programme's end. Its own database: the tests fill the administration's and the NGO's 12
 * places, and each starts from empty employment tables.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:employment-case-events;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@ExtendWith(ProcessTestSupport.class)
class EmploymentCaseEventsTest {

  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
  private static final int ADMINISTRATION_AND_NGO_PLACES = 12;

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
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void emptyEmployment() {
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(EmploymentCases.PROCESS_ID)
        .list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test set-up"));
    for (String table :
        List.of(
            "employment_exit",
            "employment_timesheet",
            "employment_contract",
            "employment_placement",
            "employment_waiting")) {
      jdbc.sql("delete from " + table).update();
    }
    jdbc.sql("update employment_employer_places set occupied = 0").update();
    clock.freezeAt(LocalDateTime.of(2022, 6, 1, 9, 0));
  }

  // --- withdrawal ------------------------------------------------------------------------------

  @Test
  void aSignedContractInForceRefusesTheWithdrawalUntilHrTerminatesIt() {
    ProcessInstance pi = start(participant("ISCED_2"));
    confirm(pi, "2022-06-01");
    sign(pi, "2022-06-01");
    String contractId = contractId(pi);

    assertThatThrownBy(() -> withdraw(pi))
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Refusal.RULE_BROKEN);
              assertThat(e.detail()).contains(contractId, "прекратен");
            });
    assertThat(pi).isWaitingAt("Event_MonthEnd");
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.ACTIVE);

    // terminated by HR: the case goes on to the last timesheet and the results at leaving
    cases.terminate(contractId, LocalDate.of(2022, 6, 10), "RESIGNATION");
    withdraw(pi);
    assertThat(pi).isWaitingAt("Task_EnterTimesheet");
    timesheet(pi, workingDays(pi));
    assertThat(pi).isWaitingAt("Task_RecordImmediateResult");
  }

  @Test
  void aParticipantWaitingLeavesTheListAndTheCaseEnds() {
    fillAdministrationAndNgo();
    ProcessInstance waiting = start(participant("ISCED_6"));
    assertThat(waiting).isWaitingAt("Event_PlaceFreed");

    withdraw(waiting);

    assertThat(waiting).hasPassed("Task_RecordWithdrawal").isEnded();
    assertThat(placements.waitingList()).doesNotContain(waiting.getBusinessKey());
  }

  @Test
  void aReservedPlaceIsReleasedAndOfferedToTheNextPersonWaiting() {
    List<ProcessInstance> holders = fillAdministrationAndNgo();
    ProcessInstance waiting = start(participant("ISCED_6"));
    ProcessInstance holder = holders.get(0);
    String employerId = (String) runtime.getVariable(holder.getId(), "employerId");

    withdraw(holder);

    assertThat(holder).hasPassed("Task_RecordWithdrawal").isEnded();
    assertThat(waiting).hasPassed("Event_PlaceFreed").isWaitingAt("Task_ConfirmAllocation");
    assertThat(runtime.getVariable(waiting.getId(), "employerId")).isEqualTo(employerId);
    assertThat(placements.freePlaces()).containsEntry(employerId, 0);
    assertThat(placements.waitingList()).isEmpty();
  }

  @Test
  void anUnsignedContractIsRemovedAndItsPlaceOfferedToTheNextPersonWaiting() {
    List<ProcessInstance> holders = fillAdministrationAndNgo();
    ProcessInstance waiting = start(participant("ISCED_6"));
    ProcessInstance holder = holders.get(0);
    confirm(holder, "2022-06-01");
    String contractId = contractId(holder);
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.PLANNED);

    withdraw(holder);

    assertThat(holder).isEnded();
    assertThatThrownBy(() -> contracts.contract(contractId))
        .isInstanceOf(RequestRefusedException.class);
    assertThat(waiting).isWaitingAt("Task_ConfirmAllocation");
    confirm(waiting, "2022-06-02");
    assertThat(contracts.contract(contractId(waiting)).status()).isEqualTo(ContractStatus.PLANNED);
  }

  // --- freed places ----------------------------------------------------------------------------

  /** Regression: the place went to a case that no longer waited, and the month could not end. */
  @Test
  void aFreedPlaceSkipsACaseThatNoLongerWaitsForOne() {
    List<ProcessInstance> holders = fillAdministrationAndNgo();
    ProcessInstance gone = start(participant("ISCED_6"));
    ProcessInstance next = start(participant("ISCED_6"));
    // e.g. an administrator cancelled the case in Cockpit: its waiting entry stays behind
    runtime.deleteProcessInstance(gone.getId(), "cancelled by an administrator");

    withdraw(holders.get(0));

    assertThat(next).isWaitingAt("Task_ConfirmAllocation");
    assertThat(placements.waitingList())
        .doesNotContain(gone.getBusinessKey())
        .doesNotContain(next.getBusinessKey());
  }

  /** Regression: a place freed after the programme's end was offered, though nothing can start. */
  @Test
  void noPlaceIsOfferedAfterTheProgrammesEnd() {
    List<ProcessInstance> holders = fillAdministrationAndNgo();
    ProcessInstance waiting = start(participant("ISCED_6"));
    ProcessInstance holder = holders.get(0);
    String employerId = (String) runtime.getVariable(holder.getId(), "employerId");

    clock.freezeAt(LocalDateTime.of(2023, 7, 1, 9, 0));
    withdraw(holder);

    assertThat(waiting).isWaitingAt("Event_PlaceFreed");
    assertThat(placements.freePlaces()).containsEntry(employerId, 1);
  }

  // --- subjects and deadlines ------------------------------------------------------------------

  /** Regression: the timesheet step took its contract and month from writable variables. */
  @Test
  void theTimesheetIsPostedForTheCasesOwnContractAndMonthWhateverTheVariablesSay() {
    ProcessInstance other = start(participant("ISCED_2"));
    confirm(other, "2022-06-01");
    sign(other, "2022-06-01");
    ProcessInstance pi = start(participant("ISCED_2"));
    confirm(pi, "2022-06-01");
    sign(pi, "2022-06-01");
    String contractId = contractId(pi);
    monthEnd(pi);
    runtime.setVariable(pi.getId(), "contractId", contractId(other));
    runtime.setVariable(pi.getId(), "timesheetMonth", "2022-09");

    timesheet(pi, workingDays(pi));

    assertThat(payroll.postedMonths(contractId)).containsExactly("2022-06");
    assertThat(payroll.postedMonths(contractId(other))).isEmpty();
    assertThat(runtime.getVariable(pi.getId(), "timesheetMonth")).isEqualTo("2022-07");
  }

  /**
   * Regression: the last month's timesheet and the results at leaving were created already overdue
   * (their due dates pulled back to the programme's last day); the follow-up had none.
   */
  @Test
  void tasksAfterTheProgrammesEndAreNotBornOverdueAndTheFollowUpHasADueDate() {
    clock.freezeAt(LocalDateTime.of(2023, 5, 10, 9, 0));
    ProcessInstance pi = start(participant("ISCED_2"));
    confirm(pi, "2023-05-15");
    sign(pi, "2023-05-10");
    monthEnd(pi);
    timesheet(pi, workingDays(pi));
    assertThat(monthEnd(pi)).isEqualTo(LocalDateTime.of(2023, 6, 30, 17, 30));
    assertThat(task(pi).getDueDate()).isEqualTo(at(LocalDateTime.of(2023, 7, 5, 17, 30)));

    clock.freezeAt(LocalDateTime.of(2023, 7, 4, 10, 0));
    timesheet(pi, workingDays(pi));
    assertThat(pi).isWaitingAt("Task_RecordImmediateResult");
    assertThat(task(pi).getDueDate()).isEqualTo(at(LocalDateTime.of(2023, 7, 28, 17, 30)));
    tasks.complete(task(pi).getId(), Map.of("immediateResult", "JOB_SEARCHING"));

    Job followUp =
        management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    clock.freezeAt(LocalDateTime.ofInstant(followUp.getDuedate().toInstant(), SOFIA));
    management.executeJob(followUp.getId());
    assertThat(pi).isWaitingAt("Task_RecordLongerTermResult");
    assertThat(task(pi).getDueDate()).isEqualTo(at(LocalDateTime.of(2024, 1, 27, 17, 30)));
  }

  // ---------------------------------------------------------------------------------------------

  /** Takes the administration's and the NGO's places with cases waiting for HR's confirmation. */
  private List<ProcessInstance> fillAdministrationAndNgo() {
    List<ProcessInstance> holders = new ArrayList<>();
    for (int i = 0; i < ADMINISTRATION_AND_NGO_PLACES; i++) {
      ProcessInstance holder = start(participant("ISCED_6"));
      assertThat(holder).isWaitingAt("Task_ConfirmAllocation");
      holders.add(holder);
    }
    return holders;
  }

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

  private ProcessInstance start(String registrationNumber) {
    String id = cases.start(registrationNumber);
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(id).singleResult().getId(),
        Map.of("preferredEmployer", "NONE"));
    management.executeJob(management.createJobQuery().processInstanceId(id).singleResult().getId());
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private void withdraw(ProcessInstance pi) {
    events.publishEvent(new ParticipantWithdrawn(pi.getBusinessKey(), clock.today()));
  }

  private void confirm(ProcessInstance pi, String start) {
    String wage = LocalDate.parse(start).getYear() >= 2023 ? "780.00" : "800.00";
    tasks.complete(
        task(pi).getId(),
        Map.of(
            "startDate",
            start,
            "position",
            "Сътрудник",
            "workingTimeFraction",
            "1",
            "grossMonthlyWage",
            wage));
  }

  private void sign(ProcessInstance pi, String date) {
    tasks.complete(task(pi).getId(), Map.of("signatureDate", date));
  }

  private String contractId(ProcessInstance pi) {
    return (String) runtime.getVariable(pi.getId(), "contractId");
  }

  private LocalDateTime monthEnd(ProcessInstance pi) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    LocalDateTime due = LocalDateTime.ofInstant(job.getDuedate().toInstant(), SOFIA);
    clock.freezeAt(due);
    management.executeJob(job.getId());
    return due;
  }

  private int workingDays(ProcessInstance pi) {
    return (Integer) runtime.getVariable(pi.getId(), "contractWorkingDays");
  }

  private void timesheet(ProcessInstance pi, int worked) {
    Map<String, Object> form = new HashMap<>();
    form.put("daysWorked", worked);
    form.put("paidLeaveDays", 0);
    form.put("sickLeaveDays", 0);
    form.put("unpaidAbsenceDays", 0);
    tasks.complete(task(pi).getId(), form);
  }

  private static Date at(LocalDateTime moment) {
    return Date.from(moment.atZone(SOFIA).toInstant());
  }
}
