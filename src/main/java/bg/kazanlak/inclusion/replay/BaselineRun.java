package bg.kazanlak.inclusion.replay;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * The replay's yardstick (issue 14): the same number of user tasks and jobs on the same engine,
 * database and job executor, through a process with no domain code — a user task completed without
 * a form, then an asynchronous no-op step. The replay's wall time over this one is the cost of the
 * programme itself (forms, authorizations, rules, domain tables, the history of its variables).
 * Built with the model API and deployed only by the replay's {@code --baseline}: it is no process
 * of the programme.
 */
@Component
class BaselineRun {

  static final String PROCESS_ID = "replay-baseline";
  private static final int PAGE = 500;

  private final ProcessEngine engine;

  BaselineRun(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * Runs {@code userTasks} user tasks and {@code jobs} jobs, {@code awaitJobs} waiting for the job
   * executor as the replay does; returns the wall time in seconds.
   */
  double run(long userTasks, long jobs, Runnable awaitJobs) {
    engine
        .getRepositoryService()
        .createDeployment()
        .name(PROCESS_ID)
        .addModelInstance(PROCESS_ID + ".bpmn", model())
        .deploy();
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    long started = System.nanoTime();
    long instances = Math.max(userTasks, jobs);
    for (long i = 0; i < instances; i++) {
      runtime.startProcessInstanceByKey(
          PROCESS_ID, "baseline-" + i, Map.of("task", i < userTasks, "job", i < jobs));
    }
    while (true) {
      List<Task> page = tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).listPage(0, PAGE);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(task -> tasks.complete(task.getId()));
    }
    awaitJobs.run();
    return (System.nanoTime() - started) / 1e9;
  }

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(PROCESS_ID)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .exclusiveGateway("withTask")
        .condition("task", "${task}")
        .userTask("Task_Baseline")
        .exclusiveGateway("withJob")
        .condition("job", "${job}")
        .serviceTask("Job_Baseline")
        .camundaAsyncBefore()
        .camundaExpression("${true}")
        .endEvent("endAfterJob")
        .moveToNode("withTask")
        .condition("no task", "${!task}")
        .connectTo("withJob")
        .moveToNode("withJob")
        .condition("no job", "${!job}")
        .endEvent("endWithoutJob")
        .done();
  }
}
