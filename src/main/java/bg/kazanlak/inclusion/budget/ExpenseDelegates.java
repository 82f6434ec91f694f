package bg.kazanlak.inclusion.budget;

import static bg.kazanlak.inclusion.budget.ExpenseVariables.*;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.process.FormValues;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of {@code expense-approval}: read the variables, call {@link ExpenseService},
 * set the variables. Each runs right after the user task whose form it checks, so a refusal rolls
 * the completion back and Tasklist shows the Bulgarian message.
 */
final class ExpenseDelegates {

  private ExpenseDelegates() {}

  private static NewExpense fromForm(DelegateExecution execution) {
    FormValues form = new FormValues(execution);
    return new NewExpense(form.text(BUDGET_LINE),
        form.amount(AMOUNT, "Невалидна сума."),
        form.text(SUPPLIER), form.text(PURPOSE),
        form.date(EXPENSE_DATE, "Невалидна дата на разхода."),
        form.text(DOCUMENT_REF), null);
  }

  /** Checks and records the request; the expense number becomes the business key. */
  @Component("registerExpenseDelegate")
  static class Register implements JavaDelegate {
    private final ExpenseService expenses;
    private final ExpenseVariables variables;

    Register(ExpenseService expenses, ExpenseVariables variables) {
      this.expenses = expenses;
      this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
      NewExpense request = execution.getVariable(NEW_EXPENSE) instanceof NewExpense fromApi
          ? fromApi
          : fromForm(execution);
      Expense expense = expenses.register(request, (String) execution.getVariable(REQUESTED_BY));
      execution.removeVariable(NEW_EXPENSE);
      execution.setProcessBusinessKey(expense.expenseNumber());
      variables.show(execution, expense);
    }
  }

  /** Records an approver's decision; the level (FINANCE, MANAGER) is the task's input parameter. */
  @Component("recordExpenseDecisionDelegate")
  static class RecordDecision implements JavaDelegate {
    private final ExpenseService expenses;
    private final CurrentUser currentUser;

    RecordDecision(ExpenseService expenses, CurrentUser currentUser) {
      this.expenses = expenses;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = new FormValues(execution);
      String code = form.requiredText(DECISION, "Изберете решение.");
      ApprovalDecision decision;
      try {
        decision = ApprovalDecision.valueOf(code);
      } catch (IllegalArgumentException e) {
        throw RequestRefusedException.invalid(DECISION, "Непознато решение: " + code);
      }
      expenses.recordDecision((String) execution.getVariable(EXPENSE_NUMBER),
          (String) execution.getVariable(APPROVAL_LEVEL), decision, currentUser.id(),
          form.text(DECISION_COMMENT));
    }
  }

  /** Applies the requester's correction and shows the corrected figures. */
  @Component("applyExpenseCorrectionDelegate")
  static class ApplyCorrection implements JavaDelegate {
    private final ExpenseService expenses;
    private final ExpenseVariables variables;

    ApplyCorrection(ExpenseService expenses, ExpenseVariables variables) {
      this.expenses = expenses;
      this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Expense expense = expenses.correct((String) execution.getVariable(EXPENSE_NUMBER),
          fromForm(execution));
      execution.removeVariable(DECISION);
      variables.show(execution, expense);
    }
  }

  /** Commits the approved amount; no room left is a business outcome, not an incident. */
  @Component("commitExpenseDelegate")
  static class Commit implements JavaDelegate {
    private final ExpenseService expenses;

    Commit(ExpenseService expenses) {
      this.expenses = expenses;
    }

    @Override
    public void execute(DelegateExecution execution) {
      try {
        expenses.commit((String) execution.getVariable(EXPENSE_NUMBER));
      } catch (LineOverdrawnException e) {
        execution.setVariable(REFUSAL_REASON, e.getMessage());
        throw new BpmnError(BUDGET_EXHAUSTED, e.getMessage());
      }
    }
  }

  /** Books the payment finance recorded. */
  @Component("postExpenditureDelegate")
  static class PostExpenditure implements JavaDelegate {
    private final ExpenseService expenses;

    PostExpenditure(ExpenseService expenses) {
      this.expenses = expenses;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = new FormValues(execution);
      expenses.recordPayment((String) execution.getVariable(EXPENSE_NUMBER),
          form.date(PAYMENT_DATE, "Невалидна дата на плащане."), form.text(PAYMENT_REFERENCE));
    }
  }
}
