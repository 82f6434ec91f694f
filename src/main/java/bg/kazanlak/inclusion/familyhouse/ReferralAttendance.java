package bg.kazanlak.inclusion.familyhouse;

/** The follow-up's answer: did the person go to the organisation they were referred to. */
enum ReferralAttendance {
  ATTENDED,
  NOT_ATTENDED;

  ReferralStatus status() {
    return this == ATTENDED ? ReferralStatus.ATTENDED : ReferralStatus.NOT_ATTENDED;
  }
}
