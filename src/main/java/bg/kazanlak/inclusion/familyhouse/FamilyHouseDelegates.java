package bg.kazanlak.inclusion.familyhouse;

import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.DATE;
import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.DURATION_MINUTES;
import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.FOR_FAMILY;
import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.HOUSE;
import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.KIND;
import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.NEW_SERVICE;
import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.NOTE;
import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.REASON;
import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.REGISTRATION_NUMBER;
import static bg.kazanlak.inclusion.familyhouse.FamilyHouseVariables.ROLE;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of the Family Houses' one-step processes: read the start form (or the API's
 * request), call the service, make the case's number its business key. Each runs in the starting
 * transaction, so a refusal leaves no case and Tasklist shows the Bulgarian message next to the
 * form.
 */
final class FamilyHouseDelegates {

  private FamilyHouseDelegates() {}

  /** Checks and records the service; its number becomes the business key, its note leaves. */
  @Component("recordFamilyHouseServiceDelegate")
  static class RecordService implements JavaDelegate {
    private final ServiceRecorder services;
    private final Forms forms;
    private final CurrentUser currentUser;

    RecordService(ServiceRecorder services, Forms forms, CurrentUser currentUser) {
      this.services = services;
      this.forms = forms;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      RequestedService fromCode =
          execution.getVariable(NEW_SERVICE) instanceof RequestedService r ? r : null;
      NewService service = fromCode != null ? fromCode.service() : fromForm(forms.of(execution));
      String user = currentUser.id();
      RecordedService recorded =
          services.record(
              service, user != null ? user : fromCode == null ? null : fromCode.recordedBy());
      execution.removeVariable(NEW_SERVICE);
      execution.removeVariable(NOTE);
      execution.setProcessBusinessKey(recorded.serviceNumber());
    }

    private static NewService fromForm(FormValues form) {
      return new NewService(
          form.text(HOUSE),
          form.text(REGISTRATION_NUMBER),
          form.bool(FOR_FAMILY),
          form.text(ROLE),
          form.enumValue(KIND, ServiceKind.class, "Изберете вида на услугата."),
          form.date(DATE, "Невалидна дата на услугата."),
          form.integer(DURATION_MINUTES, "Продължителността е цяло число минути."),
          form.text(NOTE));
    }
  }

  /** Moves the participant to the new house; the registration number becomes the business key. */
  @Component("transferToFamilyHouseDelegate")
  static class Transfer implements JavaDelegate {
    private final AttachmentService attachments;
    private final Forms forms;
    private final CurrentUser currentUser;

    Transfer(AttachmentService attachments, Forms forms, CurrentUser currentUser) {
      this.attachments = attachments;
      this.forms = forms;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      String person = form.text(REGISTRATION_NUMBER);
      attachments.transfer(person, form.text(HOUSE), form.text(REASON), currentUser.id());
      execution.removeVariable(REASON);
      execution.setProcessBusinessKey(person);
    }
  }
}
