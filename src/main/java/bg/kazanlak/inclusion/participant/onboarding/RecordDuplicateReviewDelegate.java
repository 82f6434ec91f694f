package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.DuplicateDecision;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Right after the duplicate review: the registry checks the decision (a "same person" must name
 * one of the near duplicates it finds itself) and annuls the registration if so. The gateway goes
 * on by {@code duplicateOutcome}, which only this step sets; a refusal rolls the completion back.
 */
@Component
public class RecordDuplicateReviewDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;
  private final Forms forms;

  public RecordDuplicateReviewDelegate(ParticipantRegistry registry, Forms forms) {
    this.registry = registry;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = forms.of(execution);
    DuplicateDecision outcome = registry.reviewDuplicate(execution.getProcessBusinessKey(),
        form.requiredEnumValue(DUPLICATE_DECISION, DuplicateDecision.class,
            "Изберете дали е същото или друго лице."),
        form.text(DUPLICATE_OF));
    execution.setVariable(DUPLICATE_OUTCOME, outcome.name());
  }
}
