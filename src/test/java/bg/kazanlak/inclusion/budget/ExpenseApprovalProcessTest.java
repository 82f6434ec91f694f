package bg.kazanlak.inclusion.budget;

import static bg.kazanlak.inclusion.Refusals.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import bg.kazanlak.inclusion.ProcessCoverageConfiguration;
import bg.kazanlak.inclusion.ProcessTestSupport;
import bg.kazanlak.inclusion.Refusals;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of {@code expense-approval} on the real model, DMN, delegates and ledger. Each test
 * books on a line of its own, so the figures it asserts are its own.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@Import({ProcessCoverageConfiguration.class, ProcessEngineCoverageConfiguration.class})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(ProcessTestSupport.class)
class ExpenseApprovalProcessTest {

  private static final LocalDate INVOICE_DATE = LocalDate.of(2022, 5, 30);

  @Autowired ProcessEngine engine;
  @Autowired ExpenseService expenses;
  @Autowired ExpenseCases cases;
  @Autowired BudgetLedger ledger;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ProgrammeClock clock;
  @Autowired ApplicationEvents events;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repository;
  @Autowired FormService formService;
  @Autowired ExpenseRequester fourEyes;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 6, 9, 0));
  }

  @Test
  void expenseUpToTheThresholdIsApprovedByFinanceAloneCommittedAndPaid() {
    BigDecimal before = ledger.figures("sesg-consumables").available();
    ProcessInstance expense = request("sesg-consumables", "5000.00");

    assertThat(expense).hasPassed("Task_RegisterExpense").isWaitingAt("Task_FinanceApproval");
    assertThat(task(expense)).hasCandidateGroup("finance");

    decide(expense, "APPROVE", null);

    assertThat(expense).hasPassed("Task_CommitBudget").isWaitingAt("Task_RecordPayment");
    LineFigures committed = ledger.figures("sesg-consumables");
    assertThat(committed.committed()).isEqualByComparingTo("5000.00");
    assertThat(committed.available())
        .isEqualByComparingTo(before.subtract(new BigDecimal("5000.00")));

    tasks.complete(
        task(expense).getId(),
        Map.of("paymentDate", "2022-06-06", "paymentReference", "ПН 123/06.06.2022"));

    assertThat(expense).hasPassed("Task_PostExpenditure", "Event_ExpensePaid").isEnded();
    LineFigures paid = ledger.figures("sesg-consumables");
    assertThat(paid.committed()).isZero();
    assertThat(paid.spent()).isEqualByComparingTo("5000.00");
    Expense recorded = expenses.get(expense.getBusinessKey());
    assertThat(recorded.status()).isEqualTo(ExpenseStatus.PAID);
    assertThat(recorded.paymentReference()).isEqualTo("ПН 123/06.06.2022");
    assertThat(events.stream(ExpensePaid.class))
        .anySatisfy(e -> assertThat(e.expenseNumber()).isEqualTo(expense.getBusinessKey()));
  }

  @Test
  void expenseAboveTheThresholdNeedsTheProjectManagerToo() {
    ProcessInstance expense = request("sesg-assets", "5000.01");

    decide(expense, "APPROVE", null);

    assertThat(expense).isWaitingAt("Task_ManagerApproval");
    assertThat(task(expense)).hasCandidateGroup("project-managers");
    assertThat(ledger.figures("sesg-assets").committed()).isZero();

    decide(expense, "APPROVE", null);

    assertThat(expense)
        .hasPassed("Task_RecordManagerDecision", "Gateway_Approved")
        .isWaitingAt("Task_RecordPayment");
    assertThat(ledger.figures("sesg-assets").committed()).isEqualByComparingTo("5000.01");
  }

  @Test
  void returnedExpenseIsCorrectedAndRoutedAgainByItsNewAmount() {
    ProcessInstance expense = request("hrd-activities", "7200.00");
    decide(expense, "APPROVE", null);

    assertThatThrownBy(() -> decide(expense, "RETURN", null))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("причината");
    decide(expense, "RETURN", "Фактурата е за друг период.");

    assertThat(expense).isWaitingAt("Task_CorrectExpense");
    assertThat(expenses.get(expense.getBusinessKey()).status()).isEqualTo(ExpenseStatus.RETURNED);
    assertThatThrownBy(() -> correct(expense, "-5"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("положителна");

    correct(expense, "4800.00");

    assertThat(expense).hasPassed("Task_ApplyCorrection").isWaitingAt("Task_FinanceApproval");
    assertThat(expenses.get(expense.getBusinessKey()).amount()).isEqualByComparingTo("4800.00");

    decide(expense, "RETURN", "Липсва приемо-предавателен протокол.");
    correct(expense, "4800.00");
    decide(expense, "REJECT", "Разходът не е допустим.");

    assertThat(expense).hasPassed("Event_ExpenseRejected").isEnded();
    assertThat(expenses.get(expense.getBusinessKey()).status()).isEqualTo(ExpenseStatus.REJECTED);
  }

  @Test
  void managerMayReturnOrReject() {
    ProcessInstance returned = request("hrd-management", "9000.00");
    decide(returned, "APPROVE", null);
    decide(returned, "RETURN", "Разделете по месеци.");
    assertThat(returned).isWaitingAt("Task_CorrectExpense");

    ProcessInstance rejected = request("hrd-management", "9000.00");
    decide(rejected, "APPROVE", null);
    decide(rejected, "REJECT", "Не е предвидено в бюджета.");
    assertThat(rejected).hasPassed("Event_ExpenseRejectedByManager").isEnded();
    assertThat(ledger.figures("hrd-management").committed()).isZero();
  }

  @Test
  void whenAnotherApprovalTookTheMoneyTheExpenseIsRefusedWithTheFigures() {
    BigDecimal available = ledger.figures("hrd-publicity").available();
    ledger.commit(
        new Posting(
            "test:publicity-contract",
            "hrd-publicity",
            available.subtract(new BigDecimal("60.00")),
            "test",
            "Договор за публичност"));
    ProcessInstance first = request("hrd-publicity", "50.00");
    ProcessInstance second = request("hrd-publicity", "40.00");

    decide(first, "APPROVE", null);
    decide(second, "APPROVE", null);

    assertThat(first).isWaitingAt("Task_RecordPayment");
    assertThat(second).hasPassed("Task_CommitBudget").isWaitingAt("Task_InformBudgetRefusal");
    assertThat((String) runtime.getVariable(second.getId(), "refusalReason"))
        .contains("40.00", "10.00");
    assertThat(expenses.get(second.getBusinessKey()).status()).isEqualTo(ExpenseStatus.REFUSED);
    assertThat(ledger.figures("hrd-publicity").available()).isEqualByComparingTo("10.00");

    tasks.complete(task(second).getId(), Map.of("refusalAcknowledged", true));
    assertThat(second).hasPassed("Event_ExpenseRefused").isEnded();
  }

  @Test
  void requestBeyondWhatTheLineHoldsIsRefusedAtOnce() {
    BigDecimal available = ledger.figures("sesg-management").available();

    assertThatThrownBy(
            () -> request("sesg-management", available.add(new BigDecimal("0.01")).toPlainString()))
        .isInstanceOf(LineOverdrawnException.class)
        .satisfies(
            e ->
                assertThat(((LineOverdrawnException) e).available())
                    .isEqualByComparingTo(available));
  }

  @Test
  void paymentNeedsADateAndADocumentAndIsBookedOnce() {
    ProcessInstance expense = request("sesg-materials", "120.50");
    decide(expense, "APPROVE", null);

    assertThatThrownBy(
            () -> tasks.complete(task(expense).getId(), Map.of("paymentDate", "2022-06-07")))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("бъдещето")
        .hasMessageContaining("платежния документ");
    assertThat(expense).isWaitingAt("Task_RecordPayment");

    tasks.complete(
        task(expense).getId(), Map.of("paymentDate", "2022-06-03", "paymentReference", "ПН 7"));
    // a second payment of the same expense (a replay through the API) is refused and books nothing
    assertThatThrownBy(
            () ->
                expenses.recordPayment(
                    expense.getBusinessKey(), LocalDate.of(2022, 6, 3), "ПН 7", null))
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(Refusal.RULE_BROKEN));

    assertThat(ledger.figures("sesg-materials").spent()).isEqualByComparingTo("120.50");
  }

  // ---------------------------------------------------------------------------------------------
  // Issue 7: no step or gateway trusts a variable a user could have written
  // ---------------------------------------------------------------------------------------------

  @Test
  void theRouteIsRecomputedFromTheStoredAmountWhateverVariablesSay() {
    ProcessInstance expense = request("hrd-staff", "6000.00");
    // whatever anyone wrote before the approval (the engine's guard stops it at the task itself)
    runtime.setVariables(
        expense.getId(),
        Map.of(
            "managerApprovalRequired",
            false,
            "approvalOutcome",
            "APPROVED",
            "amountStotinki",
            100L,
            "amount",
            "1.00"));

    decide(expense, "APPROVE", null);

    assertThat(expense).isWaitingAt("Task_ManagerApproval");
    assertThat(runtime.getVariable(expense.getId(), "approvalOutcome"))
        .isEqualTo("APPROVE_NEEDS_MANAGER");
    assertThat(ledger.figures("hrd-staff").committed()).isZero();
    // finance's decision was consumed: the manager has to give one of their own
    assertThatThrownBy(() -> tasks.complete(task(expense).getId()))
        .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertField(e, "decision"));
    assertThatThrownBy(() -> decide(expense, "MAYBE", null))
        .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertField(e, "decision"));
    assertThat(expense).isWaitingAt("Task_ManagerApproval");
  }

  @Test
  void stepsOutOfTurnAreRefusedWhereTheStatusChanges() {
    ProcessInstance expense = request("hrd-staff", "6000.00");
    String number = expense.getBusinessKey();

    assertThatThrownBy(
            () ->
                expenses.recordDecision(
                    number, ApprovalLevel.MANAGER, ApprovalDecision.APPROVE, null, null))
        .satisfies(Refusals::assertRuleBroken);
    assertThatThrownBy(() -> expenses.commit(number)).satisfies(Refusals::assertRuleBroken);
    assertThatThrownBy(() -> expenses.recordPayment(number, LocalDate.of(2022, 6, 6), "ПН 1", null))
        .satisfies(Refusals::assertRuleBroken);
    assertThatThrownBy(
            () ->
                expenses.correct(
                    number,
                    new NewExpense(
                        null, BigDecimal.ONE, "Друг", "Друго", INVOICE_DATE, "Фактура 3", null),
                    null))
        .satisfies(Refusals::assertRuleBroken);

    decide(expense, "APPROVE", null);
    // finance approved an amount above the threshold: it is not committed until the manager says so
    assertThatThrownBy(() -> expenses.commit(number)).satisfies(Refusals::assertRuleBroken);
    assertThatThrownBy(
            () ->
                expenses.recordDecision(
                    number, ApprovalLevel.FINANCE, ApprovalDecision.APPROVE, null, null))
        .satisfies(Refusals::assertRuleBroken);
    assertThat(expenses.get(number).status()).isEqualTo(ExpenseStatus.REQUESTED);
    assertThat(ledger.figures("hrd-staff").committed()).isZero();
  }

  @Test
  void aCorrectionChangesOnlyTheReturnedExpenseOfItsOwnCase() {
    ProcessInstance paid = request("sesg-staff", "100.00");
    decide(paid, "APPROVE", null);
    tasks.complete(
        task(paid).getId(), Map.of("paymentDate", "2022-06-06", "paymentReference", "ПН 9"));
    ProcessInstance returned = request("sesg-staff", "200.00");
    decide(returned, "RETURN", "Приложете договора.");
    runtime.setVariable(returned.getId(), "expenseNumber", paid.getBusinessKey());

    tasks.complete(
        task(returned).getId(),
        Map.of(
            "amount",
            "1.00",
            "supplier",
            "Доставчик ООД",
            "purpose",
            "Тестова покупка",
            "expenseDate",
            "2022-05-31",
            "documentRef",
            "Фактура 2"));

    Expense untouched = expenses.get(paid.getBusinessKey());
    assertThat(untouched.status()).isEqualTo(ExpenseStatus.PAID);
    assertThat(untouched.amount()).isEqualByComparingTo("100.00");
    Expense corrected = expenses.get(returned.getBusinessKey());
    assertThat(corrected.status()).isEqualTo(ExpenseStatus.REQUESTED);
    assertThat(corrected.amount()).isEqualByComparingTo("1.00");
    assertThat(runtime.getVariable(returned.getId(), "expenseNumber"))
        .isEqualTo(returned.getBusinessKey());
    assertThatThrownBy(
            () ->
                expenses.correct(
                    paid.getBusinessKey(),
                    new NewExpense(
                        null,
                        BigDecimal.ONE,
                        "Доставчик ООД",
                        "Тестова покупка",
                        INVOICE_DATE,
                        "Фактура 2",
                        null),
                    null))
        .satisfies(Refusals::assertRuleBroken);
  }

  @Test
  void theCorrectionIsAssignedToTheRequesterAndOnlyTheRequesterMayMakeIt() {
    ProcessInstance expense = request("sesg-staff", "300.00", "t-coordinator");
    decide(expense, "RETURN", "Сумата не отговаря на фактурата.");

    assertThat(task(expense)).isAssignedTo("t-coordinator");
    assertThat(runtime.getVariable(expense.getId(), "decisionComment"))
        .isEqualTo("Сумата не отговаря на фактурата.");
    identityService.setAuthentication("t-finance", List.of("finance"));
    try {
      assertThatThrownBy(() -> correct(expense, "250.00")).satisfies(Refusals::assertRuleBroken);
      assertThat(expenses.get(expense.getBusinessKey()).status()).isEqualTo(ExpenseStatus.RETURNED);

      identityService.setAuthentication("t-coordinator", List.of("initiative-coordinators"));
      correct(expense, "250.00");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(expense).isWaitingAt("Task_FinanceApproval");
    assertThat(expenses.get(expense.getBusinessKey()).amount()).isEqualByComparingTo("250.00");
  }

  @Test
  void theApprovalAndPaymentTasksNameTheRequesterAsTheirFourEyesRule() {
    BpmnModelInstance model =
        repository.getBpmnModelInstance(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("expense-approval")
                .latestVersion()
                .singleResult()
                .getId());
    for (String taskId :
        List.of("Task_FinanceApproval", "Task_ManagerApproval", "Task_RecordPayment")) {
      assertThat(
              model
                  .<UserTask>getModelElementById(taskId)
                  .getExtensionElements()
                  .getElementsQuery()
                  .filterByType(CamundaProperties.class)
                  .singleResult()
                  .getCamundaProperties())
          .anySatisfy(
              p -> {
                assertThat(p.getCamundaName()).isEqualTo("fourEyes");
                assertThat(p.getCamundaValue()).isEqualTo("expense-requester");
              });
    }
  }

  @Test
  void theRequesterIsTheOnePersonExcludedFromTheirExpensesTasks() {
    ProcessInstance expense = request("sesg-staff", "5500.00", "t-finance");

    assertThat(fourEyes.name()).isEqualTo("expense-requester");
    assertThat(fourEyes.excludedUsers(expense.getBusinessKey())).containsExactly("t-finance");
    assertThat(fourEyes.excludedUsers("E-1900-00000")).isEmpty();
  }

  @Test
  void theRequesterMayNeitherApproveNorPayWhileOthersMay() {
    ProcessInstance expense = request("sesg-staff", "5500.00", "t-finance");

    identityService.setAuthentication("t-finance", List.of("finance"));
    try {
      assertThatThrownBy(() -> decide(expense, "APPROVE", null))
          .satisfies(Refusals::assertRuleBroken);
      identityService.setAuthentication("t-finance-2", List.of("finance"));
      decide(expense, "APPROVE", null);
      identityService.setAuthentication("t-manager", List.of("project-managers"));
      decide(expense, "APPROVE", null);
      identityService.setAuthentication("t-finance", List.of("finance"));
      assertThatThrownBy(
              () ->
                  tasks.complete(
                      task(expense).getId(),
                      Map.of("paymentDate", "2022-06-06", "paymentReference", "ПН 5")))
          .satisfies(Refusals::assertRuleBroken);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(expense).isWaitingAt("Task_RecordPayment");
    assertThat(
            jdbc.sql("select decided_by from expense_decision where expense_number = ? order by id")
                .param(expense.getBusinessKey())
                .query(String.class)
                .list())
        .containsExactly("t-finance-2", "t-manager");
  }

  @Test
  void theRequesterIsWhoeverIsSignedInNeverASubmittedName() {
    identityService.setAuthentication("t-coordinator", List.of("initiative-coordinators"));
    String instanceId;
    try {
      Map<String, Object> form =
          new HashMap<>(
              Map.of(
                  "budgetLine",
                  "sesg-staff",
                  "amount",
                  "12.30",
                  "supplier",
                  "Доставчик ООД",
                  "purpose",
                  "Тестова покупка",
                  "expenseDate",
                  "2022-05-30",
                  "documentRef",
                  "Фактура 4"));
      form.put("requestedBy", "someone-else");
      String definitionId =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(ExpenseCases.PROCESS_ID)
              .latestVersion()
              .singleResult()
              .getId();
      try {
        instanceId = formService.submitStartForm(definitionId, form).getId();
      } catch (RuntimeException refusedByTheEngine) {
        return; // the engine's guard refuses the undeclared field: also fine
      }
    } finally {
      identityService.clearAuthentication();
    }
    String number =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(instanceId)
            .singleResult()
            .getBusinessKey();
    assertThat(expenses.get(number).requestedBy()).isEqualTo("t-coordinator");
  }

  @Test
  void textsLongerThanTheirColumnsAreRefusedNamingTheField() {
    ProcessInstance expense = request("sesg-staff", "10.00");
    assertThatThrownBy(() -> decide(expense, "REJECT", "а".repeat(501)))
        .isInstanceOfSatisfying(
            RequestRefusedException.class, e -> assertField(e, "decisionComment"));
    decide(expense, "APPROVE", "а".repeat(500));

    assertThatThrownBy(
            () ->
                tasks.complete(
                    task(expense).getId(),
                    Map.of("paymentDate", "2022-06-06", "paymentReference", "П".repeat(101))))
        .isInstanceOfSatisfying(
            RequestRefusedException.class, e -> assertField(e, "paymentReference"));
    assertThatThrownBy(() -> request("sesg-staff", "10.00", "finance", "Д".repeat(201)))
        .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertField(e, "supplier"));
    assertThat(expense).isWaitingAt("Task_RecordPayment");
    assertThat(expenses.get(expense.getBusinessKey()).status()).isEqualTo(ExpenseStatus.COMMITTED);
  }

  private ProcessInstance request(String line, String amount) {
    return request(line, amount, "finance");
  }

  private ProcessInstance request(String line, String amount, String requester) {
    return request(line, amount, requester, "Доставчик ООД");
  }

  private ProcessInstance request(String line, String amount, String requester, String supplier) {
    String id =
        cases
            .request(
                new NewExpense(
                    line,
                    new BigDecimal(amount),
                    supplier,
                    "Тестова покупка",
                    INVOICE_DATE,
                    "Фактура 1/30.05.2022",
                    null),
                requester)
            .processInstanceId();
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private void decide(ProcessInstance expense, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", decision);
    form.put("decisionComment", comment);
    tasks.complete(task(expense).getId(), form);
  }

  private void correct(ProcessInstance expense, String amount) {
    tasks.complete(
        task(expense).getId(),
        Map.of(
            "amount",
            amount,
            "supplier",
            "Доставчик ООД",
            "purpose",
            "Тестова покупка",
            "expenseDate",
            "2022-05-31",
            "documentRef",
            "Фактура 2"));
  }
}
