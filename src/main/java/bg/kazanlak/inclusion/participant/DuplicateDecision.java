package bg.kazanlak.inclusion.participant;

/**
 * A case officer's decision on a possible duplicate (same names and birth date, another number).
 */
public enum DuplicateDecision {
  /** Another person: the registration goes on. */
  DIFFERENT_PERSON,
  /** The same person as an earlier registration: this one is annulled. */
  SAME_PERSON
}
