package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CONTRACT's {@code GET /api/reports/indicators}: the report as of the programme's today, or as of
 * the day {@code asOf=YYYY-MM-DD} names. A malformed day is a 400 naming {@code asOf}; a day after
 * the programme's today is a 422 (what has not happened yet is not reported), never clamped, so the
 * report's {@code asOf} is always the day asked for.
 */
@RestController
public class IndicatorsController {

  private final IndicatorsService indicators;
  private final ProgrammeClock clock;

  public IndicatorsController(IndicatorsService indicators, ProgrammeClock clock) {
    this.indicators = indicators;
    this.clock = clock;
  }

  @GetMapping("/api/reports/indicators")
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public Indicators indicators(@RequestParam(required = false) String asOf) {
    if (asOf == null) {
      return indicators.current();
    }
    LocalDate date = day(asOf);
    LocalDate today = clock.today();
    if (date.isAfter(today)) {
      throw RequestRefusedException.ruleBroken(
          "Показателите не могат да бъдат изчислени към %s: датата е след днешната дата на проекта (%s), а бъдещето не е известно."
              .formatted(date, today),
          Map.of("today", today.toString()));
    }
    return indicators.asOf(date);
  }

  private static LocalDate day(String asOf) {
    try {
      return LocalDate.parse(asOf.trim());
    } catch (DateTimeParseException e) {
      throw RequestRefusedException.invalid(
          "asOf", "Невалидна дата: очаква се формат ГГГГ-ММ-ДД (например 2022-06-30).");
    }
  }
}
