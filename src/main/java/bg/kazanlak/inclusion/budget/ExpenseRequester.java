package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.process.FourEyes;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who requested an expense, read from the expense table by the case's business key, never from a
 * process variable. As the four-eyes rule {@value #NAME} (the approval and payment tasks of {@code
 * expense-approval} refer to it) the requester may not complete them; as the bean {@code
 * expenseRequester} it assigns the correction task to the requester ({@code
 * camunda:assignee="${expenseRequester.of(execution.processBusinessKey)}"}; public, so that the
 * expression language may call it).
 */
@Component("expenseRequester")
public class ExpenseRequester implements FourEyes {

  static final String NAME = "expense-requester";

  private final ExpenseRepository repository;

  ExpenseRequester(ExpenseRepository repository) {
    this.repository = repository;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String refusal() {
    return "тази задача се изпълнява от друг служител, не от подалия искането.";
  }

  @Override
  public Set<String> excludedUsers(String processBusinessKey) {
    String requester = of(processBusinessKey);
    return requester == null ? Set.of() : Set.of(requester);
  }

  /** The requester's user id; null for an unknown expense. */
  public String of(String expenseNumber) {
    return expenseNumber == null
        ? null
        : repository.find(expenseNumber).map(Expense::requestedBy).orElse(null);
  }
}
