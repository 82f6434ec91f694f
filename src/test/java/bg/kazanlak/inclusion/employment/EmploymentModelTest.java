package bg.kazanlak.inclusion.employment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.community.mockito.DelegateExpressions.registerJavaDelegateMock;
import static org.camunda.community.mockito.DelegateExpressions.verifyJavaDelegateMock;
import static org.mockito.Mockito.times;

import bg.kazanlak.inclusion.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The paths of {@code employment.bpmn} with every delegate mocked: the allocation sets {@code
 * placeAvailable}, the signature the month-end timer's {@code timesheetDue}, the monthly posting
 * {@code moreMonths} (or throws {@code PAYROLL_LINE_OVERDRAWN}), the release of the place {@code
 * leavingDate}. The real delegates are in {@link EmploymentProcessTest}.
 */
class EmploymentModelTest extends ProcessModelTest {

  private static final String PROCESS = "employment";
  private static final String REGISTRATION_NUMBER = "КЗ-2026-00001";

  @BeforeEach
  void deployWithMockedDelegates() {
    deploy(PROCESS);
    registerJavaDelegateMock("recordPreferenceDelegate");
    registerJavaDelegateMock("allocateEmployerDelegate")
        .onExecutionSetVariables(Map.of("placeAvailable", true));
    registerJavaDelegateMock("recordContractDelegate");
    registerJavaDelegateMock("recordSignatureDelegate")
        .onExecutionSetVariables(Map.of("timesheetDue", "2026-02-28"));
    registerJavaDelegateMock("postMonthlyCostDelegate")
        .onExecutionSetVariables(Map.of("moreMonths", true, "timesheetDue", "2026-03-31"));
    registerJavaDelegateMock("recordTerminationDelegate");
    registerJavaDelegateMock("releasePlaceDelegate")
        .onExecutionSetVariables(Map.of("leavingDate", "2026-03-31"));
    registerJavaDelegateMock("recordImmediateResultDelegate");
    registerJavaDelegateMock("recordLongerTermResultDelegate");
    registerJavaDelegateMock("recordEmploymentWithdrawalDelegate");
  }

  @Test
  @DisplayName("HR records the preference and the allocation runs as a job of its own")
  void thePreferenceIsRecordedAndTheAllocationRunsAsAJob() {
    ProcessInstance employment = start(PROCESS, REGISTRATION_NUMBER, Map.of());

    assertThat(employment).isWaitingAt("Task_RecordPreference");
    assertThat(task()).hasCandidateGroup("hr-officers");
    complete(task());

    assertThat(employment).hasPassed("Task_SavePreference").isWaitingAt("Task_AllocateEmployer");
    verifyJavaDelegateMock("allocateEmployerDelegate").executedNever();
    execute(job());
    assertThat(employment).isWaitingAt("Task_ConfirmAllocation");
  }

  @Test
  @DisplayName(
      "an allocated place is confirmed, the contract drawn up and signed, the first month runs")
  void theMainPathReachesTheFirstMonth() {
    ProcessInstance employment = toTheFirstMonth();

    assertThat(employment)
        .hasPassedInOrder(
            "Task_RecordPreference",
            "Task_SavePreference",
            "Task_AllocateEmployer",
            "Task_ConfirmAllocation",
            "Task_RecordContract",
            "Task_RecordSignature",
            "Task_StartContract",
            "Event_MonthStarted");
    assertThat(employment).hasNotPassed("Event_PlaceFreed");
    assertThat(employment).isWaitingAt("Event_MonthEnd");
  }

  @Test
  @DisplayName(
      "at the month's end HR enters the timesheet, the cost is posted and the next month starts")
  void aMonthEndsWithTheTimesheetAndThePosting() {
    ProcessInstance employment = toTheFirstMonth();

    execute(job("Event_MonthEnd"));
    assertThat(employment).hasPassed("Event_MonthWorked").isWaitingAt("Task_EnterTimesheet");
    assertThat(task()).hasCandidateGroup("hr-officers");
    complete(task());

    assertThat(employment).hasPassed("Task_PostMonthlyCost").isWaitingAt("Event_MonthEnd");
    assertThat(employment).hasNotPassed("Task_ReleasePlace");
    verifyJavaDelegateMock("postMonthlyCostDelegate").executed(times(1));
  }

  @Test
  @DisplayName("without a free place the person waits until one is freed for them")
  void withoutAPlaceThePersonWaits() {
    registerJavaDelegateMock("allocateEmployerDelegate")
        .onExecutionSetVariables(Map.of("placeAvailable", false));
    ProcessInstance employment = start(PROCESS, REGISTRATION_NUMBER, Map.of());
    assertThat(employment).isWaitingAt("Task_RecordPreference");
    complete(task());
    execute(job());

    assertThat(employment).isWaitingAt("Event_PlaceFreed");
    engine()
        .getRuntimeService()
        .createMessageCorrelation("employment-place-freed")
        .processInstanceBusinessKey(REGISTRATION_NUMBER)
        .setVariable("placeAvailable", true)
        .correlate();

    assertThat(employment).hasPassed("Event_PlaceFreed").isWaitingAt("Task_ConfirmAllocation");
  }

  @Test
  @DisplayName(
      "after the last month the place is released and the results recorded, then six months on")
  void theLastMonthLeadsToTheResultsAndTheFollowUp() {
    registerJavaDelegateMock("postMonthlyCostDelegate")
        .onExecutionSetVariables(Map.of("moreMonths", false));
    ProcessInstance employment = toTheFirstMonth();
    execute(job("Event_MonthEnd"));
    complete(task("Task_EnterTimesheet", employment));

    assertThat(employment).hasPassed("Task_ReleasePlace").isWaitingAt("Task_RecordImmediateResult");
    assertThat(task()).hasCandidateGroup("case-officers");
    complete(task());
    assertThat(employment).hasPassed("Task_SaveImmediateResult").isWaitingAt("Event_FollowUpDue");
    execute(job("Event_FollowUpDue"));
    assertThat(employment).isWaitingAt("Task_RecordLongerTermResult");
    assertThat(task()).hasCandidateGroup("case-officers");
    complete(task());

    assertThat(employment)
        .isEnded()
        .hasPassed("Task_SaveLongerTermResult", "Event_EmploymentClosed");
  }

  @Test
  @DisplayName(
      "a termination during a month ends it early: timesheet, posting, release of the place")
  void aTerminationEndsTheMonthEarly() {
    registerJavaDelegateMock("postMonthlyCostDelegate")
        .onExecutionSetVariables(Map.of("moreMonths", false));
    ProcessInstance employment = toTheFirstMonth();

    correlate("employment-terminated", employment);

    assertThat(employment)
        .hasPassed("Task_RecordTermination", "Event_TerminationRecorded")
        .isWaitingAt("Task_EnterTimesheet");
    org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("Event_MonthEnd").count())
        .as("the month-end timer is cancelled")
        .isZero();
    complete(task());
    assertThat(employment)
        .hasPassed("Task_PostMonthlyCost", "Task_ReleasePlace")
        .isWaitingAt("Task_RecordImmediateResult");
    assertThat(employment).hasNotPassed("Event_MonthWorked");
  }

  @Test
  @DisplayName("a month the payroll line cannot pay escalates to finance and is posted again")
  void anOverdrawnPayrollLineEscalates() {
    registerJavaDelegateMock("postMonthlyCostDelegate")
        .onExecutionThrowBpmnError("PAYROLL_LINE_OVERDRAWN");
    ProcessInstance employment = toTheFirstMonth();
    execute(job("Event_MonthEnd"));
    complete(task("Task_EnterTimesheet", employment));

    assertThat(employment)
        .hasPassed("Event_PayrollLineOverdrawn")
        .isWaitingAt("Task_PayrollEscalation");
    assertThat(task()).hasCandidateGroup("finance").hasCandidateGroup("project-managers");
    registerJavaDelegateMock("postMonthlyCostDelegate")
        .onExecutionSetVariables(Map.of("moreMonths", true));
    complete(task());

    assertThat(employment).hasPassed("Task_PostMonthlyCost").isWaitingAt("Event_MonthEnd");
  }

  @Test
  @DisplayName("a withdrawal before the work starts closes the case and frees what it held")
  void aWithdrawalClosesTheCase() {
    ProcessInstance employment = start(PROCESS, REGISTRATION_NUMBER, Map.of());
    assertThat(employment).isWaitingAt("Task_RecordPreference");
    complete(task());
    execute(job());
    assertThat(employment).isWaitingAt("Task_ConfirmAllocation");

    correlate("employment-participant-withdrawn", employment);

    assertThat(employment)
        .isEnded()
        .hasPassed("Task_RecordWithdrawal", "Event_EmploymentWithdrawn");
    assertThat(employment).hasNotPassed("Task_RecordContract");
  }

  /** Preference, allocation (a place is free), confirmation, contract, signature. */
  private ProcessInstance toTheFirstMonth() {
    ProcessInstance employment = start(PROCESS, REGISTRATION_NUMBER, Map.of());
    assertThat(employment).isWaitingAt("Task_RecordPreference");
    complete(task());
    execute(job());
    assertThat(employment).isWaitingAt("Task_ConfirmAllocation");
    assertThat(task()).hasCandidateGroup("hr-officers");
    complete(task());
    assertThat(employment).isWaitingAt("Task_RecordSignature");
    assertThat(task()).hasCandidateGroup("hr-officers");
    complete(task());
    assertThat(employment).isWaitingAt("Event_MonthEnd");
    return employment;
  }
}
