package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.participant.NeedsAssessment;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Right after the social worker completes the needs assessment, in the same transaction: the
 * registry checks it and stores it (its free text may speak of health); the process keeps none of
 * it. A refusal rolls the completion back, so the task stays open and Tasklist shows the
 * Bulgarian message.
 */
@Component
public class RecordNeedsAssessmentDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;
  private final Forms forms;
  private final CurrentUser currentUser;

  public RecordNeedsAssessmentDelegate(
      ParticipantRegistry registry, Forms forms, CurrentUser currentUser) {
    this.registry = registry;
    this.forms = forms;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = forms.of(execution);
    NeedsAssessment assessment = new NeedsAssessment(
        form.text("needsWork"),
        form.text("needsHealth"),
        form.text("needsEducation"),
        form.text("needsSocial"),
        form.text("needsHousing"),
        form.text("assessmentSummary"),
        form.enumList(RECOMMENDED_STREAMS, SupportStream.class, "Непознато направление."));
    registry.recordAssessment(execution.getProcessBusinessKey(), assessment, currentUser.id());

    execution.removeVariables(ASSESSMENT_FIELDS);
    execution.removeVariable(RECOMMENDED_STREAMS);
  }
}
