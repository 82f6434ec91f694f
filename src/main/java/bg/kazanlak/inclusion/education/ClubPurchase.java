package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.budget.ExpenseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase of a club, known by the number of the expense that pays it. {@code status} is the
 * club's record (REQUESTED until the budget reports the payment); {@code expenseStatus} is where
 * the expense stands in its approval now (e.g. RETURNED or REJECTED).
 */
public record ClubPurchase(
    String expenseNumber,
    PurchaseKind kind,
    BigDecimal amount,
    String supplier,
    String description,
    LocalDate invoiceDate,
    String documentRef,
    PurchaseStatus status,
    LocalDate requestedOn,
    LocalDate paidOn,
    ExpenseStatus expenseStatus) {

  ClubPurchase withExpenseStatus(ExpenseStatus current) {
    return new ClubPurchase(
        expenseNumber,
        kind,
        amount,
        supplier,
        description,
        invoiceDate,
        documentRef,
        status,
        requestedOn,
        paidOn,
        current);
  }
}
