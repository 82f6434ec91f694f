package bg.kazanlak.inclusion.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An expense as requested, before any check.
 *
 * @param source who asks for it besides the person (e.g. {@code club:CLUB-001:ASSET}); null for a
 *     plain request
 */
public record NewExpense(
    String budgetLine,
    BigDecimal amount,
    String supplier,
    String purpose,
    LocalDate date,
    String documentRef,
    String source) {}
