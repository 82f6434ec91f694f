package bg.kazanlak.inclusion.budget;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Variable names of {@code expense-approval}; an expense carries no personal data. */
@Component
class ExpenseVariables {

  static final String NEW_EXPENSE = "newExpense";
  static final String EXPENSE_NUMBER = "expenseNumber";
  static final String BUDGET_LINE = "budgetLine";
  static final String LINE_NAME = "lineName";
  static final String AMOUNT = "amount";
  static final String SUPPLIER = "supplier";
  static final String PURPOSE = "purpose";
  static final String EXPENSE_DATE = "expenseDate";
  static final String DOCUMENT_REF = "documentRef";
  static final String APPROVAL_LEVEL = "approvalLevel";
  static final String DECISION = "decision";
  static final String DECISION_COMMENT = "decisionComment";
  static final String APPROVAL_OUTCOME = "approvalOutcome";
  static final String REFUSAL_REASON = "refusalReason";
  static final String PAYMENT_DATE = "paymentDate";
  static final String PAYMENT_REFERENCE = "paymentReference";
  static final String BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED";

  private final BudgetLedger ledger;

  ExpenseVariables(BudgetLedger ledger) {
    this.ledger = ledger;
  }

  /**
   * What the forms show (the correction form edits some of them), copied from the stored expense.
   * No step finds the expense or chooses the route by them: that is the business key's and the
   * stored row's job. The amount travels as text, never as floating point.
   */
  void show(DelegateExecution execution, Expense expense) {
    execution.setVariable(EXPENSE_NUMBER, expense.expenseNumber());
    execution.setVariable(BUDGET_LINE, expense.budgetLine());
    execution.setVariable(LINE_NAME, ledger.lineName(expense.budgetLine()));
    execution.setVariable(AMOUNT, expense.amount().toPlainString());
    execution.setVariable(SUPPLIER, expense.supplier());
    execution.setVariable(PURPOSE, expense.purpose());
    execution.setVariable(EXPENSE_DATE, expense.date().toString());
    execution.setVariable(DOCUMENT_REF, expense.documentRef());
  }
}
