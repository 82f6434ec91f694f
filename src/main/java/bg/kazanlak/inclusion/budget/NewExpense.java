package bg.kazanlak.inclusion.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/** TEMP placeholder of main's budget API, removed when main's budget feature is merged. */
public record NewExpense(
    String budgetLine,
    BigDecimal amount,
    String supplier,
    String purpose,
    LocalDate date,
    String documentRef,
    String source) {}
