package bg.kazanlak.inclusion.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The ESF common indicators as of a date, one row per fund and code with its Bulgarian name, and
 * the participants' records behind them (grand total, complete, incomplete, refusals).
 */
public record EsfReport(LocalDate asOf, List<Row> indicators, EsfIndicators.Records records) {

  public record Row(
      EsfIndicators.Fund fund, String code, String name, long men, long women, long total) {}
}
