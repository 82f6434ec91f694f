package bg.kazanlak.inclusion.budget;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Service;

/**
 * TEMP placeholder of main's budget API, removed when main's budget feature is merged: hands out
 * expense numbers without starting the expense-approval process.
 */
@Service
public class ExpenseService {

  private final AtomicInteger numbers = new AtomicInteger();

  public StartedExpense request(NewExpense expense, String requestedBy) {
    return new StartedExpense("TEMP-%05d".formatted(numbers.incrementAndGet()), null);
  }
}
