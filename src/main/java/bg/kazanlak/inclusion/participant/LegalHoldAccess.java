package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/** Project managers set and lift legal holds from Tasklist, as through the API. */
@Component
class LegalHoldAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.startedBy(LegalHolds.PROCESS_ID, Groups.PROJECT_MANAGERS);
  }
}
