package bg.kazanlak.inclusion.privacy;

/** The retention process: started by its monthly timer, or by a manager from Tasklist. */
public final class RetentionCases {

  public static final String PROCESS_ID = "personal-data-retention";

  private RetentionCases() {}
}
