package bg.kazanlak.inclusion.familyhouse;

/** A staff position runs from its start to its end; it is ENDED once its last month is posted. */
enum PositionStatus {
  ACTIVE,
  ENDED
}
