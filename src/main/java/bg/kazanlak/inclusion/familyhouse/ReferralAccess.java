package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Social workers record consents and make referrals and their follow-ups; project managers chase an
 * overdue follow-up and read the referrals.
 */
@Component
class ReferralAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.startedBy(ConsentCases.PROCESS_ID, Groups.SOCIAL_WORKERS)
        .startedBy(ReferralCases.PROCESS_ID, Groups.SOCIAL_WORKERS)
        .workedOnBy(ReferralCases.PROCESS_ID, Groups.PROJECT_MANAGERS)
        .cardShows(ReferralVariables.REFERRAL_NUMBER, "Насочване №")
        .cardShows(ReferralVariables.DESTINATION_LABEL, "Към");
  }
}
