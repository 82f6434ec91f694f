package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CONTRACT's {@code GET /api/reports/indicators}, and the ESF indicators by fund and code: as of
 * the programme's today, or as of the day {@code asOf=YYYY-MM-DD} names ({@link ReportPeriod#asOf}:
 * a malformed day is a 400 naming {@code asOf}, a day after today a 422).
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
    return indicators.asOf(ReportPeriod.asOf(asOf, clock.today()));
  }

  /**
   * The ESF common indicators keyed by fund and code, named, with the records behind them (grand
   * total, complete, incomplete, refusals), as of the same day as the indicators.
   */
  @GetMapping("/api/reports/esf")
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public EsfReport esf(@RequestParam(required = false) String asOf) {
    return indicators.esfReport(ReportPeriod.asOf(asOf, clock.today()));
  }
}
