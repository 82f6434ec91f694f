package bg.kazanlak.inclusion.familyhouse;

/**
 * The kinds of organisation a Family House refers a person to, which are also the purposes a
 * consent to share data is given for (labels: {@code inclusion.referrals.destinations}).
 */
enum ReferralDestination {
  GP,
  DENTIST,
  LABOUR_OFFICE,
  SCHOOL,
  SOCIAL_ASSISTANCE
}
