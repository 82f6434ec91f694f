package bg.kazanlak.inclusion.familyhouse;

import static bg.kazanlak.inclusion.familyhouse.ConsentVariables.ANSWER;
import static bg.kazanlak.inclusion.familyhouse.ConsentVariables.DATA_ITEMS;
import static bg.kazanlak.inclusion.familyhouse.ConsentVariables.PURPOSE;
import static bg.kazanlak.inclusion.familyhouse.ConsentVariables.REGISTRATION_NUMBER;
import static bg.kazanlak.inclusion.familyhouse.ConsentVariables.SIGNED_ON;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The one delegate of {@code data-sharing-consent}. */
final class ConsentDelegates {

  private ConsentDelegates() {}

  /**
   * Records the start form's consent, replacing the person's current answer for that kind of
   * organisation; the registration number becomes the business key.
   */
  @Component("recordDataSharingConsentDelegate")
  static class Record implements JavaDelegate {
    private final ReferralSteps steps;

    Record(ReferralSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      Consent consent =
          steps
              .consents()
              .record(
                  new NewConsent(
                      form.text(REGISTRATION_NUMBER),
                      form.enumValue(
                          PURPOSE,
                          ReferralDestination.class,
                          "Изберете вида организация, за която е съгласието."),
                      given(form.text(ANSWER)),
                      form.enumList(DATA_ITEMS, ConsentDataItem.class, "Непознат вид данни."),
                      form.date(SIGNED_ON, "Невалидна дата на подписване.")),
                  steps.user());
      execution.setProcessBusinessKey(consent.registrationNumber());
    }

    /** GIVEN or REFUSED; null when not chosen. */
    private static Boolean given(String answer) {
      if (answer == null) {
        return null;
      }
      return switch (answer) {
        case "GIVEN" -> true;
        case "REFUSED" -> false;
        default ->
            throw RequestRefusedException.invalid(
                ANSWER, "Изберете дали лицето е дало или отказало съгласие.");
      };
    }
  }
}
