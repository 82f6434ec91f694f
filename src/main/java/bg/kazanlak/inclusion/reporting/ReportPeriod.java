package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

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

  /**
   * The day a report is read as of ({@code asOf}): the programme's today when none is given; a day
   * after today is refused (422), never clamped, so a report's date is always the day asked for.
   */
  static LocalDate asOf(String text, LocalDate today) {
    LocalDate date = day("asOf", text, today);
    if (date.isAfter(today)) {
      throw RequestRefusedException.ruleBroken(
          "Отчетът не може да бъде изготвен към %s: датата е след днешната дата на проекта (%s), а бъдещето не е известно."
              .formatted(date, today),
          Map.of("today", today.toString()));
    }
    return date;
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
