package bg.kazanlak.inclusion.budget;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.community.mockito.DelegateExpressions.registerJavaDelegateMock;
import static org.camunda.community.mockito.DelegateExpressions.verifyJavaDelegateMock;
import static org.mockito.Mockito.times;

import bg.kazanlak.inclusion.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The paths of {@code expense-approval.bpmn} with every delegate mocked: the decision delegate sets
 * {@code approvalOutcome} (what the DMN route and the approver decided), the commitment may throw
 * {@code BUDGET_EXHAUSTED}. The real delegates are in {@link ExpenseApprovalProcessTest}.
 */
class ExpenseApprovalModelTest extends ProcessModelTest {

  private static final String PROCESS = "expense-approval";
  private static final String EXPENSE_NUMBER = "Р-2026-0001";

  @BeforeEach
  void deployWithMockedDelegates() {
    deploy(PROCESS);
    Mocks.register("expenseRequester", new Requester());
    registerJavaDelegateMock("registerExpenseDelegate");
    registerJavaDelegateMock("recordExpenseDecisionDelegate")
        .onExecutionSetVariables(Map.of("approvalOutcome", "APPROVED"));
    registerJavaDelegateMock("commitExpenseDelegate");
    registerJavaDelegateMock("postExpenditureDelegate");
    registerJavaDelegateMock("applyExpenseCorrectionDelegate");
  }

  @Test
  @DisplayName("an expense under the threshold is approved by finance alone, committed and paid")
  void financeAloneApprovesASmallExpense() {
    ProcessInstance expense = start(PROCESS, EXPENSE_NUMBER, Map.of());

    assertThat(expense).isWaitingAt("Task_FinanceApproval");
    assertThat(task()).hasCandidateGroup("finance");
    complete(task());
    assertThat(expense).isWaitingAt("Task_RecordPayment");
    assertThat(task()).hasCandidateGroup("finance");
    complete(task());

    assertThat(expense)
        .isEnded()
        .hasPassedInOrder(
            "Task_RegisterExpense",
            "Task_FinanceApproval",
            "Task_RecordFinanceDecision",
            "Task_CommitBudget",
            "Task_RecordPayment",
            "Task_PostExpenditure",
            "Event_ExpensePaid");
    assertThat(expense).hasNotPassed("Task_ManagerApproval");
  }

  @Test
  @DisplayName("an expense over the threshold goes on to the project manager after finance")
  void aLargeExpenseNeedsTheManager() {
    registerJavaDelegateMock("recordExpenseDecisionDelegate")
        .onExecutionSetVariables(
            Map.of("approvalOutcome", "APPROVE_NEEDS_MANAGER"),
            Map.of("approvalOutcome", "APPROVED"));
    ProcessInstance expense = start(PROCESS, EXPENSE_NUMBER, Map.of());

    complete(task("Task_FinanceApproval", expense));
    assertThat(expense).isWaitingAt("Task_ManagerApproval");
    assertThat(task()).hasCandidateGroup("project-managers");
    complete(task());
    complete(task("Task_RecordPayment", expense));

    assertThat(expense)
        .isEnded()
        .hasPassedInOrder(
            "Task_RecordFinanceDecision",
            "Task_ManagerApproval",
            "Task_RecordManagerDecision",
            "Task_CommitBudget",
            "Event_ExpensePaid");
    verifyJavaDelegateMock("recordExpenseDecisionDelegate").executed(times(2));
  }

  @Test
  @DisplayName("an expense rejected by finance ends without a commitment")
  void financeRejects() {
    registerJavaDelegateMock("recordExpenseDecisionDelegate")
        .onExecutionSetVariables(Map.of("approvalOutcome", "REJECTED"));
    ProcessInstance expense = start(PROCESS, EXPENSE_NUMBER, Map.of());

    complete(task("Task_FinanceApproval", expense));

    assertThat(expense).isEnded().hasPassed("Event_ExpenseRejected");
    assertThat(expense).hasNotPassed("Task_CommitBudget", "Task_ManagerApproval");
    verifyJavaDelegateMock("commitExpenseDelegate").executedNever();
  }

  @Test
  @DisplayName("an expense rejected by the project manager ends without a commitment")
  void theManagerRejects() {
    registerJavaDelegateMock("recordExpenseDecisionDelegate")
        .onExecutionSetVariables(
            Map.of("approvalOutcome", "APPROVE_NEEDS_MANAGER"),
            Map.of("approvalOutcome", "REJECTED"));
    ProcessInstance expense = start(PROCESS, EXPENSE_NUMBER, Map.of());

    complete(task("Task_FinanceApproval", expense));
    complete(task("Task_ManagerApproval", expense));

    assertThat(expense).isEnded().hasPassed("Event_ExpenseRejectedByManager");
    assertThat(expense).hasNotPassed("Task_CommitBudget", "Event_ExpenseRejected");
  }

  @Test
  @DisplayName("an approved expense the line cannot cover is refused and finance is told")
  void anExhaustedLineRefusesTheCommitment() {
    registerJavaDelegateMock("commitExpenseDelegate").onExecutionThrowBpmnError("BUDGET_EXHAUSTED");
    ProcessInstance expense = start(PROCESS, EXPENSE_NUMBER, Map.of());

    complete(task("Task_FinanceApproval", expense));
    assertThat(expense).isWaitingAt("Task_InformBudgetRefusal");
    assertThat(task()).hasCandidateGroup("finance");
    complete(task());

    assertThat(expense).isEnded().hasPassed("Event_BudgetExhausted", "Event_ExpenseRefused");
    assertThat(expense).hasNotPassed("Task_RecordPayment", "Event_ExpensePaid");
  }

  @Test
  @DisplayName("an expense returned for correction goes to its requester and back to finance")
  void aReturnedExpenseIsCorrectedAndApprovedAgain() {
    registerJavaDelegateMock("recordExpenseDecisionDelegate")
        .onExecutionSetVariables(
            Map.of("approvalOutcome", "RETURNED"), Map.of("approvalOutcome", "APPROVED"));
    ProcessInstance expense = start(PROCESS, EXPENSE_NUMBER, Map.of());

    complete(task("Task_FinanceApproval", expense));
    assertThat(expense).isWaitingAt("Task_CorrectExpense");
    assertThat(task()).isAssignedTo(Requester.REQUESTER);
    complete(task());
    assertThat(expense).isWaitingAt("Task_FinanceApproval");
    complete(task());
    complete(task("Task_RecordPayment", expense));

    assertThat(expense)
        .isEnded()
        .hasPassedInOrder(
            "Task_CorrectExpense",
            "Task_ApplyCorrection",
            "Task_FinanceApproval",
            "Event_ExpensePaid");
    verifyJavaDelegateMock("applyExpenseCorrectionDelegate").executed(times(1));
  }

  @Test
  @DisplayName("an expense the project manager returns goes to its requester too")
  void theManagerReturnsForCorrection() {
    registerJavaDelegateMock("recordExpenseDecisionDelegate")
        .onExecutionSetVariables(
            Map.of("approvalOutcome", "APPROVE_NEEDS_MANAGER"),
            Map.of("approvalOutcome", "RETURNED"));
    ProcessInstance expense = start(PROCESS, EXPENSE_NUMBER, Map.of());

    complete(task("Task_FinanceApproval", expense));
    complete(task("Task_ManagerApproval", expense));

    assertThat(expense).isWaitingAt("Task_CorrectExpense");
    assertThat(task()).isAssignedTo(Requester.REQUESTER);
  }

  /** Stands in for the {@code expenseRequester} bean: who asked for the expense. */
  public static class Requester {

    static final String REQUESTER = "t-coordinator";

    public String of(String expenseNumber) {
      return EXPENSE_NUMBER.equals(expenseNumber) ? REQUESTER : null;
    }
  }
}
