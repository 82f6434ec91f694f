package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.identity.Groups;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** CONTRACT's {@code POST /api/expenses}, and the expense as it stands. */
@RestController
@RequestMapping("/api/expenses")
public class ExpenseController {

  private final ExpenseCases cases;
  private final ExpenseService expenses;
  private final CurrentUser currentUser;

  public ExpenseController(ExpenseCases cases, ExpenseService expenses, CurrentUser currentUser) {
    this.cases = cases;
    this.expenses = expenses;
    this.currentUser = currentUser;
  }

  @PostMapping
  @AllowedGroups({Groups.FINANCE, Groups.INITIATIVE_COORDINATORS})
  public ResponseEntity<StartedExpense> request(@RequestBody ExpenseRequest request) {
    StartedExpense started =
        cases.request(
            new NewExpense(
                request.budgetLine(),
                request.amount(),
                request.supplier(),
                request.purpose(),
                request.date(),
                request.documentRef(),
                null),
            currentUser.id());
    return ResponseEntity.created(URI.create("/api/expenses/" + started.expenseNumber()))
        .body(started);
  }

  @GetMapping("/{expenseNumber}")
  @AllowedGroups({Groups.FINANCE, Groups.INITIATIVE_COORDINATORS, Groups.PROJECT_MANAGERS})
  public Expense get(@PathVariable String expenseNumber) {
    return expenses.get(expenseNumber);
  }

  public record ExpenseRequest(
      String budgetLine,
      BigDecimal amount,
      String supplier,
      String purpose,
      LocalDate date,
      String documentRef) {}
}
