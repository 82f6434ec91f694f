package bg.kazanlak.inclusion.budget;

import static bg.kazanlak.inclusion.budget.ExpenseVariables.AMOUNT;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.BUDGET_LINE;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.DOCUMENT_REF;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.EXPENSE_DATE;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.EXPENSE_NUMBER;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.LINE_NAME;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.PURPOSE;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.SUPPLIER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the forms of {@code expense-approval} show (the correction form edits some of them), copied
 * from the stored expense. No step finds the expense or chooses the route by them: that is the
 * business key's and the stored row's job. The amount travels as text, never as floating point.
 */
@Component
class ExpenseView {

  private final BudgetLedger ledger;

  ExpenseView(BudgetLedger ledger) {
    this.ledger = ledger;
  }

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
