package bg.kazanlak.inclusion.budget;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Variable names of {@code expense-approval}; an expense carries no personal data. */
@Component
class ExpenseVariables {

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
  static final String PAYMENT_DATE = "paymentDate";
  static final String PAYMENT_REFERENCE = "paymentReference";
  static final String BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED";

  private final BudgetLedger ledger;
  private final BudgetProperties budget;

  ExpenseVariables(BudgetLedger ledger, BudgetProperties budget) {
    this.ledger = ledger;
    this.budget = budget;
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
