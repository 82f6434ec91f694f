package bg.kazanlak.inclusion.familyhouse;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A staff position as HR enters it (the start form of {@code family-house-position}).
 *
 * @param house the Family House's id ({@code inclusion.programme.family-houses[].id})
 * @param staffName the staff member's name: personal, kept in the position's row only
 * @param workingTime 1 for full time, e.g. 0.5 for four hours a day
 * @param grossMonthlyWage for a whole month at that working time (BGN)
 */
record NewPosition(
    String house,
    String role,
    String staffName,
    LocalDate start,
    LocalDate end,
    BigDecimal workingTime,
    BigDecimal grossMonthlyWage) {

  /** Without the name, which must reach no log. */
  @Override
  public String toString() {
    return "NewPosition[house=%s, role=%s, %s..%s, workingTime=%s, gross=%s]"
        .formatted(house, role, start, end, workingTime, grossMonthlyWage);
  }
}
