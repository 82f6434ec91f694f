package bg.kazanlak.inclusion.budget;

import static bg.kazanlak.inclusion.budget.ExpenseVariables.AMOUNT;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.APPROVAL_LEVEL;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.APPROVAL_OUTCOME;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.BUDGET_EXHAUSTED;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.BUDGET_LINE;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.DECISION;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.DECISION_COMMENT;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.DOCUMENT_REF;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.EXPENSE_DATE;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.NEW_EXPENSE;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.PAYMENT_DATE;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.PAYMENT_REFERENCE;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.PURPOSE;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.REFUSAL_REASON;
import static bg.kazanlak.inclusion.budget.ExpenseVariables.SUPPLIER;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
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

  private static NewExpense fromForm(FormValues form) {
    return new NewExpense(
        form.text(BUDGET_LINE),
        form.amount(AMOUNT, "Невалидна сума."),
        form.text(SUPPLIER),
        form.text(PURPOSE),
        form.date(EXPENSE_DATE, "Невалидна дата на разхода."),
        form.text(DOCUMENT_REF),
        null);
  }

  /**
   * Checks and records the request; the expense number becomes the business key. The requester is
   * the signed-in user (the Tasklist start form, the API); a submitted {@code requestedBy} counts
   * for nothing. Only a call as the application names the requester in its request.
   */
  @Component("registerExpenseDelegate")
  static class Register implements JavaDelegate {
    private final Forms forms;
    private final ExpenseService expenses;
    private final ExpenseView view;
    private final CurrentUser currentUser;

    Register(ExpenseService expenses, ExpenseView view, CurrentUser currentUser, Forms forms) {
      this.forms = forms;
      this.expenses = expenses;
      this.view = view;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      RequestedExpense fromCode =
          execution.getVariable(NEW_EXPENSE) instanceof RequestedExpense r ? r : null;
      NewExpense request = fromCode != null ? fromCode.expense() : fromForm(forms.of(execution));
      String requester =
          currentUser.id() != null
              ? currentUser.id()
              : fromCode != null ? fromCode.requestedBy() : null;
      Expense expense = expenses.register(request, requester);
      execution.removeVariable(NEW_EXPENSE);
      execution.setProcessBusinessKey(expense.expenseNumber());
      view.show(execution, expense);
    }
  }

  /**
   * Records an approver's decision and sets {@code approvalOutcome}, the one value the gateways
   * read. The level (FINANCE, MANAGER) is the task's input parameter, written in the model. The
   * decision and its comment are consumed here, so the next approver has to give their own.
   */
  @Component("recordExpenseDecisionDelegate")
  static class RecordDecision implements JavaDelegate {
    private final Forms forms;
    private final ExpenseService expenses;
    private final CurrentUser currentUser;

    RecordDecision(ExpenseService expenses, CurrentUser currentUser, Forms forms) {
      this.forms = forms;
      this.expenses = expenses;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      ApprovalDecision decision = decision(form.requiredText(DECISION, "Изберете решение."));
      ApprovalLevel level =
          ApprovalLevel.valueOf((String) execution.getVariableLocal(APPROVAL_LEVEL));
      ApprovalOutcome outcome =
          expenses.recordDecision(
              execution.getProcessBusinessKey(),
              level,
              decision,
              currentUser.id(),
              form.text(DECISION_COMMENT));
      execution.removeVariable(DECISION);
      if (outcome != ApprovalOutcome.RETURNED) {
        execution.removeVariable(DECISION_COMMENT); // kept only to show it to the corrector
      }
      execution.setVariable(APPROVAL_OUTCOME, outcome.name());
    }

    private static ApprovalDecision decision(String code) {
      try {
        return ApprovalDecision.valueOf(code);
      } catch (IllegalArgumentException e) {
        throw RequestRefusedException.invalid(DECISION, "Непознато решение.");
      }
    }
  }

  /** Applies the requester's correction and shows the corrected figures. */
  @Component("applyExpenseCorrectionDelegate")
  static class ApplyCorrection implements JavaDelegate {
    private final Forms forms;
    private final ExpenseService expenses;
    private final ExpenseView view;
    private final CurrentUser currentUser;

    ApplyCorrection(
        ExpenseService expenses, ExpenseView view, CurrentUser currentUser, Forms forms) {
      this.forms = forms;
      this.expenses = expenses;
      this.view = view;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Expense expense =
          expenses.correct(
              execution.getProcessBusinessKey(), fromForm(forms.of(execution)), currentUser.id());
      execution.removeVariable(DECISION_COMMENT);
      view.show(execution, expense);
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
        expenses.commit(execution.getProcessBusinessKey());
      } catch (LineOverdrawnException e) {
        execution.setVariable(REFUSAL_REASON, e.getMessage());
        throw new BpmnError(BUDGET_EXHAUSTED, e.getMessage());
      }
    }
  }

  /** Books the payment finance recorded. */
  @Component("postExpenditureDelegate")
  static class PostExpenditure implements JavaDelegate {
    private final Forms forms;
    private final ExpenseService expenses;
    private final CurrentUser currentUser;

    PostExpenditure(ExpenseService expenses, CurrentUser currentUser, Forms forms) {
      this.forms = forms;
      this.expenses = expenses;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      expenses.recordPayment(
          execution.getProcessBusinessKey(),
          form.date(PAYMENT_DATE, "Невалидна дата на плащане."),
          form.text(PAYMENT_REFERENCE),
          currentUser.id());
    }
  }
}
