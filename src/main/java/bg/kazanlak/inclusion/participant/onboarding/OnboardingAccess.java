package bg.kazanlak.inclusion.participant.onboarding;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/** Case officers register (start onboarding); social workers assess the cases they read. */
@Component
class OnboardingAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.startedBy(OnboardingCases.PROCESS_ID, Groups.CASE_OFFICERS)
        .workedOnBy(OnboardingCases.PROCESS_ID, Groups.SOCIAL_WORKERS)
        .cardShows(OnboardingVariables.REGISTRATION_NUMBER, "Рег. номер")
        .cardShows(OnboardingVariables.DISPLAY_NAME, "Участник");
  }
}
