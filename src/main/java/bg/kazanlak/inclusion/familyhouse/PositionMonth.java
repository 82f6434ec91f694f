package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.employment.PayCost;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month of a staff position as posted.
 *
 * @param alreadyBooked the month had been posted before (a retried job): nothing changed now
 * @param next the position's next month, or null after its last
 */
record PositionMonth(
    String positionNumber,
    YearMonth month,
    PayCost cost,
    String postingKey,
    boolean alreadyBooked,
    MonthInHand next) {

  /**
   * A month of a position and the position's last day in it, at whose end the month's cost is
   * posted.
   */
  record MonthInHand(YearMonth month, LocalDate lastDay) {}
}
