package bg.kazanlak.inclusion.familyhouse;

/**
 * The staff-position process {@code family-house-position}: HR officers start it from its Tasklist
 * start form; nothing in the application starts or correlates it.
 */
final class StaffPositionCases {

  static final String PROCESS_ID = "family-house-position";

  /** The BPMN error of a month the staff line cannot pay. */
  static final String STAFF_LINE_OVERDRAWN = "STAFF_LINE_OVERDRAWN";

  private StaffPositionCases() {}
}
