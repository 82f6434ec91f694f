package bg.kazanlak.inclusion.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subsidised employment contract. {@link #lastDay()} is the end date, or the termination date of
 * a contract ended early.
 */
public record Contract(
    String contractId,
    String registrationNumber,
    String employerId,
    long placementId,
    String position,
    BigDecimal workingTimeFraction,
    BigDecimal grossMonthlyWage,
    LocalDate start,
    LocalDate end,
    ContractStatus status,
    LocalDate signatureDate,
    LocalDate terminationDate,
    TerminationReason terminationReason,
    LocalDate recordedOn) {

  public LocalDate lastDay() {
    return terminationDate != null ? terminationDate : end;
  }

  public ContractPeriod period() {
    return new ContractPeriod(start, lastDay());
  }
}
