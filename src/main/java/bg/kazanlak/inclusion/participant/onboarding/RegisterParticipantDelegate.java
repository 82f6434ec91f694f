package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.DuplicateCandidate;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.Registration;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the person in the registry and moves the personal data out of the process: from here
 * on the case is known by its registration number (also its business key) and a display name.
 * A refusal throws, which rolls back the start: no instance and no row are left behind.
 */
@Component
public class RegisterParticipantDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;
  private final Forms forms;

  public RegisterParticipantDelegate(ParticipantRegistry registry, Forms forms) {
    this.registry = registry;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewParticipant input = execution.getVariable(NEW_PARTICIPANT) instanceof NewParticipant fromApi
        ? fromApi
        : fromStartForm(forms.of(execution));
    Registration registration =
        registry.register(input, (String) execution.getVariable(REGISTERED_BY));

    execution.removeVariables(REGISTRATION_FIELDS);
    execution.removeVariable(NEW_PARTICIPANT);
    execution.setProcessBusinessKey(registration.registrationNumber());
    execution.setVariable(REGISTRATION_NUMBER, registration.registrationNumber());
    execution.setVariable(DISPLAY_NAME, registration.displayName());
    execution.setVariable(POSSIBLE_DUPLICATE, registration.possibleDuplicate());
    if (registration.possibleDuplicate()) {
      execution.setVariable(DUPLICATE_CANDIDATES, registration.nearDuplicates().stream()
          .map(RegisterParticipantDelegate::describe)
          .collect(Collectors.joining("\n")));
      execution.setVariable(DUPLICATE_OF,
          registration.nearDuplicates().get(0).registrationNumber());
    }
  }

  private static String describe(DuplicateCandidate candidate) {
    return "%s (ЕГН/ЛНЧ %s)".formatted(
        candidate.registrationNumber(), candidate.maskedPersonalNumber());
  }

  private static NewParticipant fromStartForm(FormValues form) {
    return new NewParticipant(
        form.text("personalNumber"),
        form.text("firstName"),
        form.text("middleName"),
        form.text("lastName"),
        form.date("birthDate", "Невалидна дата на раждане."),
        form.text("sex"),
        form.text("settlement"),
        form.text("address"),
        form.text("phone"),
        form.bool("consentToServices",
            "Отбележете дали лицето е дало информирано съгласие."),
        form.text("employmentStatus"),
        form.text("educationLevel"),
        answer(form, "minority"),
        answer(form, "disability"),
        answer(form, "otherDisadvantaged"),
        form.bool("homelessOrHousingExclusion",
            "Отбележете дали лицето е бездомно или живее в жилищно изключване."));
  }

  /** Unanswered is "refused to answer", which the ESF rules record as an answer of its own. */
  private static SpecialCategoryAnswer answer(FormValues form, String field) {
    SpecialCategoryAnswer answer = form.enumValue(field, SpecialCategoryAnswer.class,
        "Изберете „да“, „не“ или „отказва да отговори“.");
    return answer == null ? SpecialCategoryAnswer.REFUSED : answer;
  }
}
