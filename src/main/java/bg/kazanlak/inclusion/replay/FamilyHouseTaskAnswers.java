package bg.kazanlak.inclusion.replay;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the social workers and managers answer in a referral's tasks: the follow-up (recorded on its
 * day or up to a few days later; the person went four times in five), the notice that a referral
 * could not be issued for want of consent (read), and — should a follow-up run late — the manager's
 * chase (the social worker reminded).
 */
@Component
@Profile("replay")
public class FamilyHouseTaskAnswers implements TaskAnswers {

  static final String FOLLOW_UP = "Task_FollowUp";
  static final String NO_CONSENT = "Task_NoConsentNotice";
  static final String CHASE = "Task_ChaseFollowUp";

  @Override
  public Set<String> taskKeys() {
    return Set.of(FOLLOW_UP, NO_CONSENT, CHASE);
  }

  @Override
  public Optional<Map<String, Object>> answer(Task task, SimulatedDay day) {
    Map<String, Object> form = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case FOLLOW_UP -> {
        if (day.random().nextInt(3) == 0) {
          return Optional.empty(); // the social worker calls the organisation on another day
        }
        boolean attended = day.random().nextInt(5) != 0;
        form.put("attendance", attended ? "ATTENDED" : "NOT_ATTENDED");
        form.put("followUpNote", attended ? "Лицето е посетило институцията." : "");
      }
      case NO_CONSENT -> form.put("noConsentSeen", true);
      case CHASE -> {
        form.put("escalationAction", "REMINDED");
        form.put("escalationNote", "");
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(form);
  }
}
