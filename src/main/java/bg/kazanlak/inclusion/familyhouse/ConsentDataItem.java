package bg.kazanlak.inclusion.familyhouse;

/**
 * The data a consent to share may cover, in the order a referral letter lists them (labels: {@code
 * inclusion.referrals.data-items}).
 */
enum ConsentDataItem {
  NAME,
  BIRTH_DATE,
  ADDRESS,
  PHONE,
  PERSONAL_NUMBER
}
