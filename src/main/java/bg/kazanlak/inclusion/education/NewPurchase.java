package bg.kazanlak.inclusion.education;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Something bought for a club, paid through the budget's expense approval. */
public record NewPurchase(
    PurchaseKind kind,
    BigDecimal amount,
    String supplier,
    String description,
    LocalDate invoiceDate,
    String documentRef) {}
