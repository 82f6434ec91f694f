package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code expense-approval} and their classes. An expense carries no personal
 * data of participants; an approver's free-text comment is kept out of the engine's history (the
 * expense's record holds it).
 */
@Component
class ExpenseVariables implements PersonalDataVariables {

  static final String NEW_EXPENSE = "newExpense";
  static final String REQUESTED_BY = "requestedBy";
  static final String EXPENSE_NUMBER = "expenseNumber";
  static final String BUDGET_LINE = "budgetLine";
  static final String LINE_NAME = "lineName";
  static final String AMOUNT = "amount";
  static final String AMOUNT_STOTINKI = "amountStotinki";
  static final String THRESHOLD_STOTINKI = "approvalThresholdStotinki";
  static final String SUPPLIER = "supplier";
  static final String PURPOSE = "purpose";
  static final String EXPENSE_DATE = "expenseDate";
  static final String DOCUMENT_REF = "documentRef";
  static final String APPROVAL_LEVEL = "approvalLevel";
  static final String DECISION = "decision";
  static final String DECISION_COMMENT = "decisionComment";
  static final String REFUSAL_REASON = "refusalReason";
  static final String REFUSAL_ACKNOWLEDGED = "refusalAcknowledged";
  /** The approval route's result (expense-approval-route.dmn). */
  static final String MANAGER_APPROVAL_REQUIRED = "managerApprovalRequired";
  static final String PAYMENT_DATE = "paymentDate";
  static final String PAYMENT_REFERENCE = "paymentReference";
  static final String BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED";

  private final BudgetLedger ledger;
  private final BudgetProperties budget;

  ExpenseVariables(BudgetLedger ledger, BudgetProperties budget) {
    this.ledger = ledger;
    this.budget = budget;
  }

  @Override
  public List<VariableClassification> classifications() {
    return List.of(VariableClassification.forProcess(ExpenseService.PROCESS_ID)
        .ordinary(NEW_EXPENSE, REQUESTED_BY, EXPENSE_NUMBER, BUDGET_LINE, LINE_NAME, AMOUNT,
            AMOUNT_STOTINKI, THRESHOLD_STOTINKI, SUPPLIER, PURPOSE, EXPENSE_DATE, DOCUMENT_REF,
            APPROVAL_LEVEL, DECISION, REFUSAL_REASON, REFUSAL_ACKNOWLEDGED, PAYMENT_DATE,
            PAYMENT_REFERENCE, MANAGER_APPROVAL_REQUIRED)
        .personal(DECISION_COMMENT)
        .build());
  }

  /**
   * What the forms show and the approval route decides on. Amounts travel as text and as whole
   * stotinki (exact, comparable in DMN), never as floating point.
   */
  void show(DelegateExecution execution, Expense expense) {
    execution.setVariable(EXPENSE_NUMBER, expense.expenseNumber());
    execution.setVariable(BUDGET_LINE, expense.budgetLine());
    execution.setVariable(LINE_NAME, ledger.lineName(expense.budgetLine()));
    execution.setVariable(AMOUNT, expense.amount().toPlainString());
    execution.setVariable(AMOUNT_STOTINKI, stotinki(expense.amount()));
    execution.setVariable(THRESHOLD_STOTINKI, stotinki(budget.approvalThreshold()));
    execution.setVariable(SUPPLIER, expense.supplier());
    execution.setVariable(PURPOSE, expense.purpose());
    execution.setVariable(EXPENSE_DATE, expense.date().toString());
    execution.setVariable(DOCUMENT_REF, expense.documentRef());
  }

  private static long stotinki(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }
}
