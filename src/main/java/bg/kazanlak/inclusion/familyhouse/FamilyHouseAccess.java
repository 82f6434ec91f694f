package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Social workers (the houses' specialists among them) record services, as through {@code POST
 * /api/family-houses/{id}/services}, and move participants between houses. Project managers read
 * the cases through the monitoring every feature gets; neither process has a task.
 */
@Component
class FamilyHouseAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.startedBy(FamilyHouseCases.SERVICE, Groups.SOCIAL_WORKERS)
        .startedBy(FamilyHouseCases.TRANSFER, Groups.SOCIAL_WORKERS);
  }
}
