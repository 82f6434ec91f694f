package bg.kazanlak.inclusion.replay;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;

/**
 * How simulated staff fill in the Tasklist forms of some user tasks. A Spring bean; the replay
 * claims each open task as a user of its candidate group (another user when a four-eyes rule
 * refuses the first) and completes it with the answer — exactly the variables the task's form
 * offers, as Tasklist would submit them.
 */
public interface TaskAnswers {

  /** The task definition keys (the models' user task ids) these answers are for. */
  Set<String> taskKeys();

  /**
   * Whether these answers are for this task's model: two models may use the same task id (e.g. the
   * manager's approval of an expense and of an initiative); the beans sharing one tell them apart.
   */
  default boolean answers(Task task) {
    return true;
  }

  /**
   * The form's values for this task on this day, or empty to leave it open (a member of staff who
   * answers later, e.g. a timesheet entered on the next working day).
   */
  Optional<Map<String, Object>> answer(Task task, SimulatedDay day);
}
