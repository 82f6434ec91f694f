package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Social workers open housing cases (a tenancy, as through {@code POST /api/housing/tenancies}) and
 * record move-outs, and work the plans; project managers approve plans, hold case conferences and
 * read the cases. Onboarding opens a case as the application.
 */
@Component
class HousingAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.startedBy(HousingCases.PROCESS_ID, Groups.SOCIAL_WORKERS)
        .workedOnBy(HousingCases.PROCESS_ID, Groups.PROJECT_MANAGERS)
        .startedBy(HousingCases.MOVE_OUT_PROCESS_ID, Groups.SOCIAL_WORKERS)
        .cardShows(HousingVariables.UNIT, "Жилище")
        .cardShows(HousingVariables.REVIEW_NUMBER, "Преглед №");
  }
}
