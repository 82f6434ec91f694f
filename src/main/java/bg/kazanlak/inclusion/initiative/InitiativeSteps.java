package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What a step of {@code initiative-approval} ({@link InitiativeDelegates}) may use: the service,
 * the view that fills the forms, the signed-in user and the submitted form's values.
 */
@Component
record InitiativeSteps(
    InitiativeService initiatives, InitiativeView view, CurrentUser currentUser, Forms forms) {

  FormValues form(VariableScope execution) {
    return forms.of(execution);
  }

  /** The signed-in user; null when the application acts (the job executor). */
  String user() {
    return currentUser.id();
  }
}
