package bg.kazanlak.inclusion.participant;

/** Labour-market status at entry, as the ESF common indicators CO01-CO05 need it. */
public enum EmploymentStatus {
  UNEMPLOYED,
  LONG_TERM_UNEMPLOYED,
  INACTIVE,
  INACTIVE_IN_EDUCATION,
  EMPLOYED;

  public boolean unemployed() {
    return this == UNEMPLOYED || this == LONG_TERM_UNEMPLOYED;
  }

  public boolean inactive() {
    return this == INACTIVE || this == INACTIVE_IN_EDUCATION;
  }
}
