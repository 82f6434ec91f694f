package bg.kazanlak.inclusion.housing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import bg.kazanlak.inclusion.ProcessCoverageConfiguration;
import bg.kazanlak.inclusion.ProcessTestSupport;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/** The paths of {@code housing-support-plan} on the real model, delegates and housing tables. */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessCoverageConfiguration.class, ProcessEngineCoverageConfiguration.class})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(ProcessTestSupport.class)
class HousingPlanProcessTest {

  @Autowired HousingCases cases;
  @Autowired SupportPlans plans;
  @Autowired ParticipantRegistry registry;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ProgrammeClock clock;

  @BeforeEach
  void setUp() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 6, 9, 0));
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void aRecordedTenancyLeadsThroughAssessmentPlanAndApprovalToMonthlyReviews() {
    String head = registered("Мария", "Асенова");
    String child = registered("Иван", "Асенов");
    as("t-social", "social-workers");
    var started =
        cases.recordTenancy(
            new NewTenancy("unit-01", LocalDate.of(2022, 6, 1), head, List.of(child)), "t-social");
    ProcessInstance plan = instance(started.processInstanceId());
    assertThat(plan).isWaitingAt("Task_AssessHousehold");
    assertThat(task(plan)).isAssignedTo("t-social");

    tasks.complete(task(plan).getId(), Map.of("assessmentSummary", "Нужди по всички области."));
    assertThat(plan).isWaitingAt("Task_DraftPlan");

    tasks.complete(
        task(plan).getId(),
        Map.of(
            "planGoals",
            List.of(
                Map.of(
                    "kind", "gp-registration",
                    "owner", child,
                    "specialist", "Здравен медиатор",
                    "targetDate", "2022-09-30"),
                Map.of(
                    "kind", "labour-office-registration",
                    "owner", head,
                    "specialist", "Социален работник",
                    "targetDate", "2022-07-31"))));
    assertThat(plan).isWaitingAt("Task_ApprovePlan");

    as("t-manager", "project-managers");
    tasks.complete(task(plan).getId(), Map.of("planDecision", "APPROVE"));
    assertThat(plan).isWaitingAt("Event_ReviewDue");

    clock.freezeAt(LocalDateTime.of(2022, 7, 6, 9, 0));
    executeJobs(plan);
    assertThat(plan).isWaitingAt("Task_MonthlyReview");
    List<Goal> goals = plans.details(head).goals();
    as("t-social", "social-workers");
    tasks.complete(
        task(plan).getId(),
        Map.of(
            "visitDate",
            "2022-07-06",
            "reviewGoals",
            List.of(
                Map.of(
                    "goalId", goals.get(0).id(), "status", "IN_PROGRESS", "note", "Записан час."),
                Map.of("goalId", goals.get(1).id(), "status", "NOT_STARTED"))));
    assertThat(plan).isWaitingAt("Event_ReviewDue");
  }

  private void executeJobs(ProcessInstance instance) {
    identity.clearAuthentication(); // the job executor runs as nobody
    management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .executable()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private String registered(String first, String last) {
    return registry
        .register(TestPeople.eligibleAdult(first, last), "t-officer")
        .registrationNumber();
  }

  private void as(String user, String group) {
    identity.setAuthentication(user, List.of(group));
  }

  private ProcessInstance instance(String id) {
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
