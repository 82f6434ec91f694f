package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a contract's terms, its signature and its early termination, without storage: each
 * refuses with a Bulgarian message naming the field (the API's and the forms' field names).
 */
public class ContractRules {

  /** {@code employment_contract.position_title}. */
  static final int POSITION_MAX_LENGTH = 200;

  private final EmploymentProperties employment;

  public ContractRules(EmploymentProperties employment) {
    this.employment = employment;
  }

  /**
   * HR's terms for a contract over {@code period}: a position, a working time between 0 and 1, and
   * a wage in stotinki not below the minimum wage × working time in any month of the contract.
   */
  public void checkTerms(
      ContractPeriod period,
      String position,
      BigDecimal workingTimeFraction,
      BigDecimal grossMonthlyWage) {
    List<FieldProblem> problems = new ArrayList<>();
    if (position == null || position.isBlank()) {
      problems.add(new FieldProblem("position", "Въведете длъжността."));
    } else if (position.trim().length() > POSITION_MAX_LENGTH) {
      problems.add(
          new FieldProblem("position", "Длъжността е до %d знака.".formatted(POSITION_MAX_LENGTH)));
    }
    boolean fractionValid =
        workingTimeFraction != null
            && workingTimeFraction.signum() > 0
            && workingTimeFraction.compareTo(BigDecimal.ONE) <= 0;
    if (!fractionValid) {
      problems.add(
          new FieldProblem(
              "workingTimeFraction",
              "Работното време е дял от пълното: по-голям от 0 и не повече от 1 (напр. 1 или 0.5)."));
    }
    if (grossMonthlyWage == null || grossMonthlyWage.signum() <= 0) {
      problems.add(
          new FieldProblem(
              "grossMonthlyWage", "Брутната месечна заплата трябва да е положителна."));
    } else if (grossMonthlyWage.stripTrailingZeros().scale() > 2) {
      problems.add(
          new FieldProblem("grossMonthlyWage", "Заплатата е в лева със стотинки (до два знака)."));
    } else if (fractionValid) {
      belowMinimum(period, workingTimeFraction, grossMonthlyWage).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
  }

  private Optional<FieldProblem> belowMinimum(
      ContractPeriod period, BigDecimal fraction, BigDecimal wage) {
    for (YearMonth month : period.months()) {
      BigDecimal minimum =
          employment.minimumWage(month).multiply(fraction).setScale(2, RoundingMode.HALF_UP);
      if (wage.compareTo(minimum) < 0) {
        return Optional.of(
            new FieldProblem(
                "grossMonthlyWage",
                "Брутната месечна заплата %s лв. е под минималната %s лв. за работното време, в сила през %s."
                    .formatted(
                        wage.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        minimum.toPlainString(),
                        month)));
      }
    }
    return Optional.empty();
  }

  /**
   * The signature of a planned contract: not in the future, not before the contract was drawn up,
   * not after its end. Returns the day the work starts: the start date, or the signature date if
   * the contract is signed later.
   */
  public LocalDate workStart(Contract contract, LocalDate signatureDate, LocalDate today) {
    if (contract.status() != ContractStatus.PLANNED) {
      throw RequestRefusedException.ruleBroken(
          "Договор %s вече е подписан.".formatted(contract.contractId()), Map.of());
    }
    if (signatureDate == null) {
      throw RequestRefusedException.invalid("signatureDate", "Въведете датата на подписване.");
    }
    if (signatureDate.isAfter(today)) {
      throw RequestRefusedException.invalid(
          "signatureDate",
          "Датата на подписване %s е в бъдещето (днес е %s).".formatted(signatureDate, today));
    }
    if (signatureDate.isBefore(contract.recordedOn())) {
      throw RequestRefusedException.invalid(
          "signatureDate",
          "Датата на подписване %s е преди изготвянето на договора (%s)."
              .formatted(signatureDate, contract.recordedOn()));
    }
    if (signatureDate.isAfter(contract.end())) {
      throw RequestRefusedException.invalid(
          "signatureDate",
          "Датата на подписване %s е след крайната дата на договора (%s)."
              .formatted(signatureDate, contract.end()));
    }
    return signatureDate.isAfter(contract.start()) ? signatureDate : contract.start();
  }

  /**
   * An early termination of an active contract: a known reason, and a date inside the contract and
   * in the month that is open — the first unpaid month, or (while the timesheet of a month that has
   * ended is being entered, {@code monthEndedUnpaid}) the month after it.
   */
  public TerminationReason termination(
      Contract contract,
      YearMonth firstUnpaid,
      boolean monthEndedUnpaid,
      LocalDate date,
      String reasonCode) {
    if (contract.status() != ContractStatus.ACTIVE) {
      throw RequestRefusedException.ruleBroken(
          "Договор %s не е в сила и не може да бъде прекратен (%s)."
              .formatted(contract.contractId(), contract.status()),
          Map.of());
    }
    List<FieldProblem> problems = new ArrayList<>();
    Optional<TerminationReason> reason = TerminationReason.of(reasonCode);
    if (reason.isEmpty()) {
      problems.add(
          new FieldProblem("reason", "Причината е RESIGNATION, DISMISSAL или MUTUAL_AGREEMENT."));
    }
    if (date == null) {
      problems.add(new FieldProblem("date", "Въведете датата на прекратяване."));
    } else {
      YearMonth open = monthEndedUnpaid ? firstUnpaid.plusMonths(1) : firstUnpaid;
      if (date.isBefore(contract.start()) || date.isAfter(contract.end())) {
        problems.add(
            new FieldProblem(
                "date",
                "Датата на прекратяване %s е извън договора (%s – %s)."
                    .formatted(date, contract.start(), contract.end())));
      } else if (!YearMonth.from(date).equals(open)) {
        problems.add(
            new FieldProblem(
                "date",
                (monthEndedUnpaid
                        ? "Месец %2$s е приключил и присъствената му форма се попълва: датата на "
                            + "прекратяване %1$s трябва да е в %3$s."
                        : "Датата на прекратяване %1$s трябва да е в текущия неплатен месец %3$s.")
                    .formatted(date, firstUnpaid, open)));
      }
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return reason.get();
  }
}
