package bg.kazanlak.inclusion.education;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An asset a club owns: recorded when the budget pays an ASSET purchase. */
public record ClubAsset(
    String expenseNumber, String description, BigDecimal value, LocalDate acquiredOn) {}
