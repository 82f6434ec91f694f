package bg.kazanlak.inclusion.participant.onboarding;

import bg.kazanlak.inclusion.process.FormValues;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Annuls a registration the case officer found to repeat an earlier one. The earlier registration
 * must be one of the candidates shown: a wrong number rolls the review task's completion back.
 */
@Component
public class AnnulDuplicateDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;

  public AnnulDuplicateDelegate(ParticipantRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = new FormValues(execution);
    String original = form.requiredText(DUPLICATE_OF,
        "Посочете регистрационния номер на съществуващата регистрация.");
    String candidates = form.text(DUPLICATE_CANDIDATES);
    boolean listed = candidates != null && Arrays.stream(candidates.split("\n"))
        .anyMatch(line -> line.startsWith(original + " "));
    if (!listed) {
      throw RequestRefusedException.invalid(DUPLICATE_OF,
          "Номер " + original + " не е сред възможните дубликати.");
    }
    registry.annulAsDuplicateOf((String) execution.getVariable(REGISTRATION_NUMBER), original);
  }
}
