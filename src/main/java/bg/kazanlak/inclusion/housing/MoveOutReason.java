package bg.kazanlak.inclusion.housing;

/** Why a household left its unit (the form shows the Bulgarian words). */
public enum MoveOutReason {
  OWN_HOME,
  RELOCATION,
  TENANCY_ENDED,
  OTHER
}
