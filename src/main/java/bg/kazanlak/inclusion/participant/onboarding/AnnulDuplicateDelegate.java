package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Annuls a registration the case officer found to repeat an earlier one. */
@Component
public class AnnulDuplicateDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;

  public AnnulDuplicateDelegate(ParticipantRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    registry.annulAsDuplicateOf(
        (String) execution.getVariable(REGISTRATION_NUMBER),
        (String) execution.getVariable(DUPLICATE_OF));
  }
}
