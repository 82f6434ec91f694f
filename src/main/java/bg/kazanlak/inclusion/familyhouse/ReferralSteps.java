package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What a step of {@code family-house-referral} or {@code data-sharing-consent} may use: the
 * services, the view that fills the forms, the signed-in user and the submitted form's values.
 */
@Component
record ReferralSteps(
    ReferralService referrals,
    ConsentService consents,
    ReferralView view,
    CurrentUser currentUser,
    Forms forms) {

  FormValues form(VariableScope execution) {
    return forms.of(execution);
  }

  /** The signed-in user; null when the application acts (the job executor). */
  String user() {
    return currentUser.id();
  }
}
