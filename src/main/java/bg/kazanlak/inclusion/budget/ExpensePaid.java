package bg.kazanlak.inclusion.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published inside the transaction that books an expense's payment, so that the feature that asked
 * for it (see {@link NewExpense#source()}) can record what was bought.
 */
public record ExpensePaid(
    String expenseNumber,
    String budgetLine,
    BigDecimal amount,
    String supplier,
    String purpose,
    String source,
    LocalDate paidOn) {}
