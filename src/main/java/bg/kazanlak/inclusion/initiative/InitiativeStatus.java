package bg.kazanlak.inclusion.initiative;

/**
 * Where an initiative stands. PROPOSED waits for a decision, RETURNED for its proposer's
 * correction, APPROVED for its day and report; REJECTED, WITHDRAWN, CANCELLED and HELD are final,
 * and only HELD counts towards the target.
 */
public enum InitiativeStatus {
  PROPOSED,
  RETURNED,
  APPROVED,
  REJECTED,
  WITHDRAWN,
  CANCELLED,
  HELD
}
