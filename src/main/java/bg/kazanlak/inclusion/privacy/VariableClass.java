package bg.kazanlak.inclusion.privacy;

/** What a process variable holds, and so where it may live. */
public enum VariableClass {

  /** Ids, codes, dates, amounts and decisions without personal data: kept in the history. */
  ORDINARY,

  /**
   * Personal data (identity, contact, ESF entry data, free-text notes, a display name): never
   * written to the engine's history; in the running process only while a step needs it, a form
   * field until the step that stores it in a domain table removes it.
   */
  PERSONAL,

  /**
   * Special-category or health data (minority, disability, housing exclusion, the needs assessment,
   * timesheet days incl. sick leave): never in the history, never shown again as a display value,
   * gone from the process with the step that stores it.
   */
  SPECIAL_CATEGORY_OR_HEALTH;

  public boolean keptInHistory() {
    return this == ORDINARY;
  }
}
