package bg.kazanlak.inclusion.participant.onboarding;

import bg.kazanlak.inclusion.process.FormValues;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.NeedsAssessment;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import bg.kazanlak.inclusion.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Right after the social worker completes the needs assessment, in the same transaction: checks
 * it, stores it in the registry (its free text may speak of health) and leaves the process only
 * the streams to enrol in. A refusal rolls the completion back, so the task stays open and
 * Tasklist shows the Bulgarian message.
 */
@Component
public class RecordNeedsAssessmentDelegate implements JavaDelegate {

  private static final int MAX_TEXT = 2000;

  private final ParticipantRegistry registry;
  private final CurrentUser currentUser;

  public RecordNeedsAssessmentDelegate(ParticipantRegistry registry, CurrentUser currentUser) {
    this.registry = registry;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = new FormValues(execution);
    Set<SupportStream> streams = new LinkedHashSet<>();
    for (String code : form.list(RECOMMENDED_STREAMS)) {
      streams.add(SupportStream.of(code).orElseThrow(() -> RequestRefusedException.invalid(
          RECOMMENDED_STREAMS, "Непознато направление: " + code)));
    }
    if (streams.isEmpty()) {
      throw RequestRefusedException.invalid(RECOMMENDED_STREAMS,
          "Изберете поне едно направление на подкрепа.");
    }
    NeedsAssessment assessment = new NeedsAssessment(
        text(form, "needsWork"),
        text(form, "needsHealth"),
        text(form, "needsEducation"),
        text(form, "needsSocial"),
        text(form, "needsHousing"),
        text(form, "assessmentSummary"),
        List.copyOf(streams));
    registry.recordAssessment(
        (String) execution.getVariable(REGISTRATION_NUMBER), assessment, currentUser.id());

    execution.removeVariables(ASSESSMENT_FIELDS);
    execution.removeVariable(RECOMMENDED_STREAMS);
    execution.setVariable(STREAMS_TO_ENROL, SupportStream.codes(streams));
  }

  private static String text(FormValues form, String field) {
    String value = form.text(field);
    if (value != null && value.length() > MAX_TEXT) {
      throw RequestRefusedException.invalid(field, "Текстът е по-дълъг от " + MAX_TEXT + " знака.");
    }
    return value;
  }
}
