package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The dates of a subsidised employment contract: it lasts the configured maximum (12 months) but
 * never beyond the programme's last day, because no pay after that day is eligible.
 */
@Component
public class ContractTerms {

  private final EmploymentProperties employment;
  private final ProgrammeProperties programme;

  public ContractTerms(EmploymentProperties employment, ProgrammeProperties programme) {
    this.employment = employment;
    this.programme = programme;
  }

  /** The last day of a contract from {@code start}: its maximum length, or the programme end. */
  public LocalDate endDate(LocalDate start) {
    LocalDate full = start.plusMonths(employment.contractMaxMonths()).minusDays(1);
    return full.isAfter(programme.end()) ? programme.end() : full;
  }

  /**
   * The period of a contract starting on {@code start}, as decided on {@code today} (the programme
   * clock's date). A contract is not signed backwards, nor outside the programme.
   */
  public ContractPeriod period(LocalDate start, LocalDate today) {
    if (start == null) {
      throw RequestRefusedException.invalid("startDate", "Въведете началната дата на договора.");
    }
    if (start.isBefore(today)) {
      throw RequestRefusedException.invalid(
          "startDate", "Началната дата %s е в миналото (днес е %s).".formatted(start, today));
    }
    if (start.isAfter(programme.end())) {
      throw RequestRefusedException.invalid(
          "startDate",
          "Началната дата %s е след края на проекта (%s).".formatted(start, programme.end()));
    }
    if (start.isBefore(programme.start())) {
      throw RequestRefusedException.invalid(
          "startDate",
          "Началната дата %s е преди началото на проекта (%s)."
              .formatted(start, programme.start()));
    }
    return new ContractPeriod(start, endDate(start));
  }
}
