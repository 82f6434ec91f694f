package bg.kazanlak.inclusion.privacy;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/** Project managers start a retention run from Tasklist (the timer starts the monthly one). */
@Component
class RetentionAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.startedBy(RetentionCases.PROCESS_ID, Groups.PROJECT_MANAGERS);
  }
}
