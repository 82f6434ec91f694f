package bg.kazanlak.inclusion.familyhouse;

/**
 * {@code family-house-referral}: a social worker starts a referral from its Tasklist start form
 * only (no API starts it); the business key is the referral number, given by its first step.
 */
final class ReferralCases {

  static final String PROCESS_ID = "family-house-referral";

  private ReferralCases() {}
}
