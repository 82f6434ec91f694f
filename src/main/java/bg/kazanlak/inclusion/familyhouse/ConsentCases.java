package bg.kazanlak.inclusion.familyhouse;

/**
 * {@code data-sharing-consent}: a social worker records a consent from its Tasklist start form only
 * (no API starts it); the business key is the person's registration number, set by its one step.
 */
final class ConsentCases {

  static final String PROCESS_ID = "data-sharing-consent";

  private ConsentCases() {}
}
