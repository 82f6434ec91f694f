package bg.kazanlak.inclusion.familyhouse;

import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.ATTENDANCE;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.CONSENT_OUTCOME;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.DESTINATION;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.FOLLOW_UP_NOTE;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.FOLLOW_UP_OUTCOME;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.HOUSE;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.ORGANISATION;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.REASON;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.REFERRAL_NUMBER;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.REGISTRATION_NUMBER;

import bg.kazanlak.inclusion.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of {@code family-house-referral}: read the variables, call {@link
 * ReferralService}, set the variables the next step shows or the gateway reads. The reason and the
 * follow-up's note leave the case in the step that stores them.
 */
final class ReferralDelegates {

  private ReferralDelegates() {}

  /** A step, with what every referral step may use ({@link ReferralSteps}). */
  abstract static class Step {
    final ReferralSteps steps;

    Step(ReferralSteps steps) {
      this.steps = steps;
    }
  }

  /** Checks and records the start form's referral; the referral number becomes the business key. */
  @Component("registerReferralDelegate")
  static class Register extends Step implements JavaDelegate {
    Register(ReferralSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      Referral referral =
          steps
              .referrals()
              .request(
                  new NewReferral(
                      form.text(REGISTRATION_NUMBER),
                      form.text(HOUSE),
                      form.enumValue(
                          DESTINATION,
                          ReferralDestination.class,
                          "Изберете вида организация, към която се насочва."),
                      form.text(ORGANISATION),
                      form.text(REASON)),
                  steps.user());
      execution.removeVariable(REASON);
      execution.setProcessBusinessKey(referral.referralNumber());
      execution.setVariable(REFERRAL_NUMBER, referral.referralNumber());
    }
  }

  /**
   * Checks the person's recorded consent for the kind of organisation and sets {@code
   * consentOutcome}, the value the gateway reads: ISSUED, NO_CONSENT or CONSENT_REFUSED.
   */
  @Component("checkReferralConsentDelegate")
  static class CheckConsent extends Step implements JavaDelegate {
    CheckConsent(ReferralSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      Referral referral = steps.referrals().checkConsent(execution.getProcessBusinessKey());
      steps.view().show(execution, referral);
      execution.setVariable(CONSENT_OUTCOME, referral.status().name());
    }
  }

  /** Records the follow-up and sets {@code followUpOutcome}: ATTENDED or NOT_ATTENDED. */
  @Component("recordReferralFollowUpDelegate")
  static class RecordFollowUp extends Step implements JavaDelegate {
    RecordFollowUp(ReferralSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      Referral referral =
          steps
              .referrals()
              .recordFollowUp(
                  execution.getProcessBusinessKey(),
                  form.requiredEnumValue(
                      ATTENDANCE, ReferralAttendance.class, "Изберете дали лицето е отишло."),
                  form.text(FOLLOW_UP_NOTE),
                  steps.user());
      execution.removeVariable(FOLLOW_UP_NOTE);
      execution.removeVariable(ATTENDANCE);
      execution.setVariable(FOLLOW_UP_OUTCOME, referral.status().name());
    }
  }
}
