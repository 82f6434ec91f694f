package bg.kazanlak.inclusion.education;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A purchase of a club, known by the number of the expense that pays it. */
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
    LocalDate paidOn) {}
