package bg.kazanlak.inclusion.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Expense(
    String expenseNumber,
    String budgetLine,
    BigDecimal amount,
    String supplier,
    String purpose,
    LocalDate date,
    String documentRef,
    String source,
    ExpenseStatus status,
    String requestedBy,
    LocalDate requestedOn,
    String refusalReason,
    LocalDate paymentDate,
    String paymentReference) {}
