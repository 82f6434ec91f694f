package bg.kazanlak.inclusion.familyhouse;

/**
 * Where a referral stands. REQUESTED lasts only within the starting transaction, until the consent
 * is checked; NO_CONSENT and CONSENT_REFUSED end it unissued; ATTENDED and NOT_ATTENDED are the
 * follow-up's answer.
 */
enum ReferralStatus {
  REQUESTED,
  ISSUED,
  NO_CONSENT,
  CONSENT_REFUSED,
  ATTENDED,
  NOT_ATTENDED
}
