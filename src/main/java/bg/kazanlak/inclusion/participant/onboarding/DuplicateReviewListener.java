package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the case officer's verdict on a possible duplicate before the task may complete: the
 * form's own validation is a convenience only, Tasklist can be bypassed through the REST API.
 */
@Component
public class DuplicateReviewListener implements TaskListener {

  static final String SAME_PERSON = "SAME_PERSON";
  static final String DIFFERENT_PERSON = "DIFFERENT_PERSON";

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    String decision = form.requiredText(DUPLICATE_DECISION,
        "Отбележете дали регистрацията е на същото или на друго лице.");
    if (!decision.equals(SAME_PERSON) && !decision.equals(DIFFERENT_PERSON)) {
      throw RequestRefusedException.invalid(DUPLICATE_DECISION, "Непознато решение: " + decision);
    }
    if (decision.equals(SAME_PERSON)) {
      String original = form.requiredText(DUPLICATE_OF,
          "Посочете регистрационния номер на съществуващата регистрация.");
      String candidates = form.text(DUPLICATE_CANDIDATES);
      boolean listed = candidates != null && Arrays.stream(candidates.split("\n"))
          .anyMatch(line -> line.startsWith(original + " "));
      if (!listed) {
        throw RequestRefusedException.invalid(DUPLICATE_OF,
            "Номер " + original + " не е сред възможните дубликати.");
      }
    }
  }
}
