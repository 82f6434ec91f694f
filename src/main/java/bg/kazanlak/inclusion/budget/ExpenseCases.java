package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.process.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The one place that starts {@code expense-approval}. A refused request leaves neither a row nor a
 * process instance: the request travels as a transient variable and is checked and stored by the
 * process's first step ({@link ExpenseService#register}), in the starting transaction. The
 * requester is the signed-in user when there is one; {@code requestedBy} counts only for a call as
 * the application (see {@link RequestedExpense}).
 */
@Component
public class ExpenseCases {

  public static final String PROCESS_ID = "expense-approval";

  private final RuntimeService runtime;
  private final AsApplication asApplication;

  ExpenseCases(RuntimeService runtime, AsApplication asApplication) {
    this.runtime = runtime;
    this.asApplication = asApplication;
  }

  /**
   * Opens a case as the signed-in user (the API after its group check, demo data, tests): the
   * engine checks that the user's group may start expense approvals and records the user as the
   * start event's initiator.
   */
  public StartedExpense request(NewExpense expense, String requestedBy) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(PROCESS_ID)
            .setVariable(
                ExpenseVariables.NEW_EXPENSE,
                Variables.objectValue(new RequestedExpense(expense, requestedBy), true).create())
            .execute();
    return new StartedExpense(instance.getBusinessKey(), instance.getId());
  }

  /**
   * Opens a case for another feature whose API has checked the caller's group (a club purchase by a
   * social worker): started as the application, with {@code requestedBy} as the requester.
   */
  public StartedExpense requestAsApplication(NewExpense expense, String requestedBy) {
    return asApplication.call(() -> request(expense, requestedBy));
  }
}
