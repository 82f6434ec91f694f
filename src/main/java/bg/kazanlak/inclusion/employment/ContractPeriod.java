package bg.kazanlak.inclusion.employment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The first and the last day of a subsidised employment contract, both included. */
public record ContractPeriod(LocalDate start, LocalDate end) {

  /** The calendar months the contract touches, in order: one timesheet each. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth last = YearMonth.from(end);
    for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The contract's days in one of its months. */
  public ContractMonth month(YearMonth month) {
    return ContractMonth.of(month, start, end);
  }
}
