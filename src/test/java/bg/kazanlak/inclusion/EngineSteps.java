package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * The engine steps the Spring process tests ({@link ProcessTest}) take on one case, written once: a
 * step as a user with their groups, the case's single task completed, its due jobs executed, its
 * task, variable and timer (and a due date to compare it with), a start form submitted. They work
 * on the engine {@link ProcessTestSupport} hands camunda-bpm-assert before each test, the test
 * context's. Lookups run as whoever is signed in: outside a step run {@link #as as} a user, nobody,
 * who sees every case.
 */
public final class EngineSteps {

  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

  private EngineSteps() {}

  /** Runs the step signed in as {@code user} of {@code groups}; signed out afterwards. */
  public static <T> T as(String user, List<String> groups, Supplier<T> step) {
    IdentityService identity = BpmnAwareTests.identityService();
    identity.setAuthentication(user, groups);
    try {
      return step.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs the step signed in as {@code user} of {@code groups}; signed out afterwards. */
  public static void as(String user, List<String> groups, Runnable step) {
    as(
        user,
        groups,
        () -> {
          step.run();
          return null;
        });
  }

  /** Completes the case's single task as {@code user}; the task is found as nobody. */
  public static void complete(
      ProcessInstance instance, String user, List<String> groups, Map<String, Object> form) {
    String id = task(instance).getId();
    as(user, groups, () -> BpmnAwareTests.taskService().complete(id, form));
  }

  /**
   * Submits the start form of the latest version of {@code processKey} as {@code user}; the
   * definition is looked up as the user too, as Tasklist does.
   */
  public static ProcessInstance submitStartForm(
      String user, List<String> groups, String processKey, Map<String, Object> form) {
    return as(
        user,
        groups,
        () -> BpmnAwareTests.formService().submitStartForm(latestDefinitionId(processKey), form));
  }

  /** Executes the case's jobs that are due now on the programme clock, as nobody. */
  public static void executeJobs(ProcessInstance instance) {
    BpmnAwareTests.identityService().clearAuthentication(); // the job executor runs as nobody
    ManagementService management = BpmnAwareTests.managementService();
    management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .executable()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  /** The case's single open task, or null. */
  public static Task task(ProcessInstance instance) {
    return BpmnAwareTests.taskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }

  /** The case's single timer job, or null. */
  public static Job timer(ProcessInstance instance) {
    return BpmnAwareTests.managementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .singleResult();
  }

  /** A timer's due date: that time of that day in Sofia, the programme's zone. */
  public static Date dueAt(LocalDate day, int hour, int minute) {
    return Date.from(day.atTime(hour, minute).atZone(SOFIA).toInstant());
  }

  /** A variable of the running case, or null. */
  public static Object variable(ProcessInstance instance, String name) {
    return BpmnAwareTests.runtimeService().getVariable(instance.getId(), name);
  }

  /** A date variable of the running case: the models keep dates as ISO text, for their timers. */
  public static LocalDate dateVariable(ProcessInstance instance, String name) {
    return LocalDate.parse((String) variable(instance, name));
  }

  /** The running case of that id, read afresh (its business key, its state), or null. */
  public static ProcessInstance instance(String id) {
    return BpmnAwareTests.runtimeService()
        .createProcessInstanceQuery()
        .processInstanceId(id)
        .singleResult();
  }

  /**
   * No variable of that name in any case, running or past (deleted ones too): a personal value the
   * feature keeps in its own tables never reached the engine.
   */
  public static void assertNoVariableNamed(String name) {
    assertThat(
            BpmnAwareTests.runtimeService()
                .createVariableInstanceQuery()
                .variableName(name)
                .count())
        .as(name)
        .isZero();
    assertThat(
            BpmnAwareTests.historyService()
                .createHistoricVariableInstanceQuery()
                .variableName(name)
                .includeDeleted()
                .count())
        .as(name)
        .isZero();
  }

  /** The id of the latest deployed version of {@code processKey}. */
  public static String latestDefinitionId(String processKey) {
    return BpmnAwareTests.repositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(processKey)
        .latestVersion()
        .singleResult()
        .getId();
  }
}
