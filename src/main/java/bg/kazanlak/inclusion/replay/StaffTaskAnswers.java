package bg.kazanlak.inclusion.replay;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Finance's answer when a month of a staff position finds no room on the staff line («Няма средства
 * за персонала на Къщата»): the funds are arranged and the posting is tried again.
 */
@Component
@Profile("replay")
public class StaffTaskAnswers implements TaskAnswers {

  static final String ESCALATION = "Task_StaffCostEscalation";

  @Override
  public Set<String> taskKeys() {
    return Set.of(ESCALATION);
  }

  @Override
  public Optional<Map<String, Object>> answer(Task task, SimulatedDay day) {
    return Optional.of(
        Map.of(
            "fundsArranged",
            true,
            "staffCostRefusal",
            "Средствата са осигурени с вътрешна компенсация между бюджетните редове."));
  }
}
