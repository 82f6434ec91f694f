package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service step of {@code participant-legal-hold}. */
final class LegalHoldDelegates {

  private LegalHoldDelegates() {}

  enum Action {
    HOLD,
    LIFT
  }

  /**
   * Sets or lifts the hold the start form asks for; the grounds stay in the registry, not in the
   * case, and the registration number becomes the business key.
   */
  @Component("recordLegalHoldDelegate")
  static class RecordLegalHold implements JavaDelegate {
    private final LegalHolds holds;
    private final ParticipantRegistry registry;
    private final Forms forms;
    private final CurrentUser currentUser;

    RecordLegalHold(
        LegalHolds holds, ParticipantRegistry registry, Forms forms, CurrentUser currentUser) {
      this.holds = holds;
      this.registry = registry;
      this.forms = forms;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      String person =
          form.requiredText(
              LegalHoldVariables.REGISTRATION_NUMBER,
              "Въведете регистрационния номер на участника.");
      if (registry.find(person).isEmpty()) {
        throw RequestRefusedException.invalid(
            LegalHoldVariables.REGISTRATION_NUMBER, "Няма участник с този регистрационен номер.");
      }
      Action action =
          form.requiredEnumValue(
              LegalHoldVariables.ACTION, Action.class, "Изберете задържане или отмяна.");
      if (action == Action.HOLD) {
        holds.hold(
            person,
            form.text(LegalHoldVariables.REASON),
            currentUser.id(),
            LegalHoldVariables.REASON);
      } else {
        holds.lift(person);
      }
      execution.removeVariable(LegalHoldVariables.REASON);
      execution.setProcessBusinessKey(person);
    }
  }
}
