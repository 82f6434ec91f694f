package bg.kazanlak.inclusion.participant;

/** Where a participant's onboarding case stands. */
public enum ParticipantStatus {
  REGISTERED,
  DUPLICATE,
  ELIGIBLE,
  REJECTED,
  ASSESSED,
  ENROLLED,
  WITHDRAWN
}
