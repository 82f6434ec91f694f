package bg.kazanlak.inclusion.familyhouse;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored staff position of a Family House; the name is personal and reaches no log. */
record Position(
    String positionNumber,
    String houseId,
    String role,
    String staffName,
    LocalDate start,
    LocalDate end,
    BigDecimal workingTime,
    BigDecimal grossMonthlyWage,
    PositionStatus status) {

  /** Whether the job is filled on that day. */
  boolean filledOn(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  @Override
  public String toString() {
    return "Position[%s, house=%s, role=%s, %s..%s, %s]"
        .formatted(positionNumber, houseId, role, start, end, status);
  }
}
