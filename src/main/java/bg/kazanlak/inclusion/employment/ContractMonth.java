package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar month of a contract and the contract's days inside it: the whole month, or from a
 * start in the middle of it, or up to a termination in the middle of it.
 *
 * @param firstDay the first day of employment in the month
 * @param lastDay the last day of employment in the month
 */
public record ContractMonth(YearMonth month, LocalDate firstDay, LocalDate lastDay) {

  public ContractMonth {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    if (!YearMonth.from(firstDay).equals(month)
        || !YearMonth.from(lastDay).equals(month)
        || lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException(
          "the contract days %s..%s are not an interval of %s".formatted(firstDay, lastDay, month));
    }
  }

  /** The month of a contract that runs from {@code contractStart} to {@code contractEnd}. */
  public static ContractMonth of(YearMonth month, LocalDate contractStart, LocalDate contractEnd) {
    LocalDate first = contractStart.isAfter(month.atDay(1)) ? contractStart : month.atDay(1);
    LocalDate last =
        contractEnd.isBefore(month.atEndOfMonth()) ? contractEnd : month.atEndOfMonth();
    if (last.isBefore(first)) {
      throw RequestRefusedException.invalid(
          "month",
          "Договорът (от %s до %s) не е в сила през %s."
              .formatted(contractStart, contractEnd, month));
    }
    return new ContractMonth(month, first, last);
  }

  public static ContractMonth whole(YearMonth month) {
    return new ContractMonth(month, month.atDay(1), month.atEndOfMonth());
  }
}
