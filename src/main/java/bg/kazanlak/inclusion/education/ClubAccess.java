package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Social workers run the clubs from Tasklist, as through {@code /api/clubs}: each action is a
 * process they start. The purchase starts {@code expense-approval} as the application.
 */
@Component
class ClubAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    for (String process : ClubCases.PROCESS_IDS) {
      plan.startedBy(process, Groups.SOCIAL_WORKERS);
    }
    plan.cardShows(ClubVariables.CLUB_NAME, "Клуб или ателие");
  }
}
