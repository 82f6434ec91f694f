package bg.kazanlak.inclusion.replay;

import bg.kazanlak.inclusion.process.AsApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The club leader's ticks: who came to a session (each member about five times in six) and who
 * leaves the club (one of its members), from the lists the session's and leaving's service steps
 * put in the task.
 */
@Component
@Profile("replay")
public class ClubTaskAnswers implements TaskAnswers {

  static final String ATTENDANCE = "Task_MarkAttendance";
  static final String LEAVING = "Task_PickLeaving";

  private final RuntimeService runtime;
  private final AsApplication asApplication;

  public ClubTaskAnswers(RuntimeService runtime, AsApplication asApplication) {
    this.runtime = runtime;
    this.asApplication = asApplication;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(ATTENDANCE, LEAVING);
  }

  @Override
  public Optional<Map<String, Object>> answer(Task task, SimulatedDay day) {
    boolean attendance = ATTENDANCE.equals(task.getTaskDefinitionKey());
    List<String> options = options(task, attendance ? "attendees" : "members");
    if (attendance) {
      List<String> present = new ArrayList<>();
      for (String id : options) {
        if (day.random().nextInt(6) != 0) {
          present.add(id);
        }
      }
      return Optional.of(Map.of("present", present));
    }
    if (options.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Map.of("enrolmentId", options.get(day.random().nextInt(options.size()))));
  }

  private List<String> options(Task task, String variable) {
    Object value =
        asApplication.call(() -> runtime.getVariable(task.getProcessInstanceId(), variable));
    List<String> ids = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(option -> ids.add(option.prop("value").stringValue()));
    }
    return ids;
  }
}
