package bg.kazanlak.inclusion.privacy;

/** The retention process: started by its monthly timer, or by a manager from Tasklist. */
public final class RetentionCases {

  /** Started by a manager from Tasklist. */
  public static final String PROCESS_ID = "personal-data-retention";

  /** Started by its monthly timer (Camunda allows no timer next to a none start). */
  public static final String MONTHLY_PROCESS_ID = "personal-data-retention-monthly";

  private RetentionCases() {}
}
