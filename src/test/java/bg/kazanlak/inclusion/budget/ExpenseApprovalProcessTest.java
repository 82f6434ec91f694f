package bg.kazanlak.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import bg.kazanlak.inclusion.ProcessCoverageConfiguration;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
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
class ExpenseApprovalProcessTest {

  private static final LocalDate INVOICE_DATE = LocalDate.of(2022, 5, 30);

  @Autowired ProcessEngine engine;
  @Autowired ExpenseService expenses;
  @Autowired BudgetLedger ledger;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ProgrammeClock clock;
  @Autowired ApplicationEvents events;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    clock.freezeAt(LocalDateTime.of(2022, 6, 6, 9, 0));
  }

  @AfterEach
  void tearDown() {
    clock.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void expenseUpToTheThresholdIsApprovedByFinanceAloneCommittedAndPaid() {
    BigDecimal before = ledger.figures("sesg-consumables").available();
    ProcessInstance expense = request("sesg-consumables", "5000.00");

    assertThat(expense).hasPassed("Task_RegisterExpense", "Task_DecideApprovers")
        .isWaitingAt("Task_FinanceApproval");
    assertThat(task(expense)).hasCandidateGroup("finance");
    assertThat(runtime.getVariable(expense.getId(), "managerApprovalRequired")).isEqualTo(false);

    decide(expense, "APPROVE", null);

    assertThat(expense).hasPassed("Task_CommitBudget").isWaitingAt("Task_RecordPayment");
    LineFigures committed = ledger.figures("sesg-consumables");
    assertThat(committed.committed()).isEqualByComparingTo("5000.00");
    assertThat(committed.available()).isEqualByComparingTo(before.subtract(new BigDecimal("5000.00")));

    tasks.complete(task(expense).getId(),
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

    assertThat(expense).hasPassed("Task_RecordManagerDecision", "Gateway_Approved")
        .isWaitingAt("Task_RecordPayment");
    assertThat(ledger.figures("sesg-assets").committed()).isEqualByComparingTo("5000.01");
  }

  @Test
  void returnedExpenseIsCorrectedAndRoutedAgainByItsNewAmount() {
    ProcessInstance expense = request("hrd-activities", "7200.00");
    decide(expense, "APPROVE", null);

    assertThatThrownBy(() -> decide(expense, "RETURN", null))
        .isInstanceOf(RequestRefusedException.class).hasMessageContaining("причината");
    decide(expense, "RETURN", "Фактурата е за друг период.");

    assertThat(expense).isWaitingAt("Task_CorrectExpense");
    assertThat(expenses.get(expense.getBusinessKey()).status()).isEqualTo(ExpenseStatus.RETURNED);
    assertThatThrownBy(() -> correct(expense, "-5"))
        .isInstanceOf(RequestRefusedException.class).hasMessageContaining("положителна");

    correct(expense, "4800.00");

    assertThat(expense).hasPassed("Task_ApplyCorrection").isWaitingAt("Task_FinanceApproval");
    assertThat(runtime.getVariable(expense.getId(), "managerApprovalRequired")).isEqualTo(false);
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
    ledger.commit(new Posting("test:publicity-contract", "hrd-publicity",
        available.subtract(new BigDecimal("60.00")), "test", "Договор за публичност"));
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

    assertThatThrownBy(() -> request("sesg-management", available.add(new BigDecimal("0.01")).toPlainString()))
        .isInstanceOf(LineOverdrawnException.class)
        .satisfies(e -> assertThat(((LineOverdrawnException) e).available()).isEqualByComparingTo(available));
  }

  @Test
  void paymentNeedsADateAndADocumentAndIsBookedOnce() {
    ProcessInstance expense = request("sesg-materials", "120.50");
    decide(expense, "APPROVE", null);

    assertThatThrownBy(() -> tasks.complete(task(expense).getId(), Map.of("paymentDate", "2022-06-07")))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("бъдещето").hasMessageContaining("платежния документ");
    assertThat(expense).isWaitingAt("Task_RecordPayment");

    tasks.complete(task(expense).getId(),
        Map.of("paymentDate", "2022-06-03", "paymentReference", "ПН 7"));
    // a retry of the same payment (a repeated job, a second click through the API) books nothing
    expenses.recordPayment(expense.getBusinessKey(), LocalDate.of(2022, 6, 3), "ПН 7");

    assertThat(ledger.figures("sesg-materials").spent()).isEqualByComparingTo("120.50");
  }

  private ProcessInstance request(String line, String amount) {
    String id = expenses.request(new NewExpense(line, new BigDecimal(amount), "Доставчик ООД",
        "Тестова покупка", INVOICE_DATE, "Фактура 1/30.05.2022", null), "finance").processInstanceId();
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private void decide(ProcessInstance expense, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", decision);
    form.put("decisionComment", comment);
    tasks.complete(task(expense).getId(), form);
  }

  private void correct(ProcessInstance expense, String amount) {
    tasks.complete(task(expense).getId(), Map.of("amount", amount, "supplier", "Доставчик ООД",
        "purpose", "Тестова покупка", "expenseDate", "2022-05-31", "documentRef", "Фактура 2"));
  }
}
