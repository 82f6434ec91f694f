package bg.kazanlak.inclusion.familyhouse;

import org.springframework.stereotype.Component;

/**
 * What the user tasks of {@code family-house-referral} ask of the domain (public, so that the
 * expression language may call it as {@code referralTasks}): the social worker the follow-up is
 * assigned to, read from the referral by the case's business key, never from a variable; and the
 * follow-up's deadline in working days, from {@code inclusion.referrals}.
 */
@Component("referralTasks")
public class ReferralTasks {

  private final ReferralService referrals;
  private final ReferralProperties properties;

  ReferralTasks(ReferralService referrals, ReferralProperties properties) {
    this.referrals = referrals;
    this.properties = properties;
  }

  /** The social worker who made the referral. */
  public String referrer(String referralNumber) {
    return referrals.referrer(referralNumber);
  }

  public int followUpDays() {
    return properties.followUpWorkingDays();
  }
}
