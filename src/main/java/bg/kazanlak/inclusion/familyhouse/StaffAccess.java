package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * HR officers record the Family Houses' staff positions; finance and the project managers handle a
 * month the staff line cannot pay; project managers read the cases.
 */
@Component
class StaffAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.startedBy(StaffPositionCases.PROCESS_ID, Groups.HR_OFFICERS)
        .workedOnBy(StaffPositionCases.PROCESS_ID, Groups.FINANCE, Groups.PROJECT_MANAGERS)
        .cardShows(StaffVariables.POSITION_NUMBER, "Щатна позиция")
        .cardShows(StaffVariables.HOUSE_NAME, "Къща на семейството")
        .cardShows(StaffVariables.STAFF_MONTH, "Месец");
  }
}
