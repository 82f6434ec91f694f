package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Onboarding starts the employment cases; HR runs them, case officers record the results after
 * leaving and finance answers payroll escalations. Nobody starts one through the engine.
 */
@Component
class EmploymentAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.workedOnBy(
            EmploymentCases.PROCESS_ID, Groups.HR_OFFICERS, Groups.CASE_OFFICERS, Groups.FINANCE)
        .cardShows(EmploymentVariables.REGISTRATION_NUMBER, "Рег. номер")
        .cardShows(EmploymentVariables.DISPLAY_NAME, "Участник")
        .cardShows(EmploymentVariables.CONTRACT_ID, "Договор")
        .cardShows(EmploymentVariables.TIMESHEET_MONTH, "Месец");
  }
}
