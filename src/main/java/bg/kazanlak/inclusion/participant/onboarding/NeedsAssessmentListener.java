package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.NeedsAssessment;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of the needs assessment: checks it, stores it in the registry (its free text may
 * speak of health) and leaves the process only the streams to enrol in.
 */
@Component
public class NeedsAssessmentListener implements TaskListener {

  private static final int MAX_TEXT = 2000;

  private final ParticipantRegistry registry;

  public NeedsAssessmentListener(ParticipantRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
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
        (String) task.getVariable(REGISTRATION_NUMBER), assessment, task.getAssignee());

    task.getExecution().removeVariables(ASSESSMENT_FIELDS);
    task.getExecution().removeVariable(RECOMMENDED_STREAMS);
    task.getExecution().setVariable(STREAMS_TO_ENROL, SupportStream.codes(streams));
  }

  private static String text(FormValues form, String field) {
    String value = form.text(field);
    if (value != null && value.length() > MAX_TEXT) {
      throw RequestRefusedException.invalid(field, "Текстът е по-дълъг от " + MAX_TEXT + " знака.");
    }
    return value;
  }
}
