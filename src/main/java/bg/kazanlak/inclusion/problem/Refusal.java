package bg.kazanlak.inclusion.problem;

/**
 * Why a request is refused, in the domain's words. The API ({@code web/ApiExceptionHandler}) and
 * the engine's door ({@code process/RefusalMapper}) turn the kind into an HTTP status; the domain
 * knows no HTTP.
 */
public enum Refusal {
  /** Input that is missing or malformed (400). */
  INVALID,
  /** The user's role does not allow this action (403). */
  FORBIDDEN,
  /** The thing asked for does not exist (404). */
  NOT_FOUND,
  /** The request clashes with what is already recorded (409). */
  CONFLICT,
  /** Well-formed, but a programme rule forbids it (422). */
  RULE_BROKEN
}
