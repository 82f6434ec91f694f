package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The period a report covers, both days included. A missing end is the programme's; a date that is
 * not {@code YYYY-MM-DD} or a start after the end is refused naming the field.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  static ReportPeriod of(String from, String to, LocalDate programmeStart, LocalDate programmeEnd) {
    LocalDate start = day("from", from, programmeStart);
    LocalDate end = day("to", to, programmeEnd);
    if (start.isAfter(end)) {
      throw RequestRefusedException.invalid(
          "from", "Началото на периода е след края му (" + start + " > " + end + ").");
    }
    return new ReportPeriod(start, end);
  }

  /** A day given as a request parameter, or {@code otherwise} when none was given. */
  static LocalDate day(String field, String text, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw RequestRefusedException.invalid(
          field, "Въведете дата във формат ГГГГ-ММ-ДД (например 2022-06-30).");
    }
  }
}
