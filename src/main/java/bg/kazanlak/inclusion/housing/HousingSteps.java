package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What a step of the housing cases ({@link HousingDelegates}) may use: the two services, the view
 * that fills the forms, the signed-in user and the submitted form's values.
 */
@Component
record HousingSteps(
    Tenancies tenancies,
    SupportPlans plans,
    HousingView view,
    CurrentUser currentUser,
    Forms forms) {

  FormValues form(VariableScope execution) {
    return forms.of(execution);
  }

  /** The signed-in user; null when the application acts (onboarding, the job executor). */
  String user() {
    return currentUser.id();
  }
}
