package bg.kazanlak.inclusion.replay;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ProcessTestSupport;
import bg.kazanlak.inclusion.housing.CloseReason;
import bg.kazanlak.inclusion.housing.HousingCases;
import bg.kazanlak.inclusion.housing.Plan;
import bg.kazanlak.inclusion.housing.SupportPlans;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The simulated social workers and managers take two households routed to housing support by
 * onboarding from the tenancy through assessment, plan, approval (four-eyes kept) and monthly
 * reviews to the final evaluation before the programme's end, answering only through the forms.
 */
// the replay profile runs the job executor; these tests drive the jobs they wait for
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"test", "replay"})
@ExtendWith(ProcessTestSupport.class)
class HousingSimulationTest {

  @Autowired HousingDailyWork work;
  @Autowired HousingTaskAnswers answers;
  @Autowired OnboardingCases onboarding;
  @Autowired SupportPlans plans;
  @Autowired IdentitySetup setup;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ProgrammeClock clock;
  @Autowired WorkingCalendar calendar;

  @Test
  void householdsRoutedToHousingGetAnApprovedPlanReviewedMonthlyAndEvaluatedAtTheEnd() {
    FlowsSimulationHarness harness =
        new FlowsSimulationHarness(setup, identity, tasks, management, clock, calendar, 5213);
    clock.freezeAt(LocalDate.of(2022, 12, 1).atTime(8, 0));
    String first =
        harness.enrolled(onboarding, "Надежда", "Асенова", true, true, "HOUSING_SUPPORT");
    String second =
        harness.enrolled(onboarding, "Милен", "Кирилов", false, true, "HOUSING_SUPPORT");
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_RecordTenancy").count())
        .isEqualTo(2);

    harness.run(
        LocalDate.of(2022, 12, 1), LocalDate.of(2023, 6, 30), List.of(work), List.of(answers));

    for (String head : List.of(first, second)) {
      Plan plan = plans.details(head).plan();
      assertThat(plan.approvedOn()).isNotNull();
      assertThat(plan.reviews()).isGreaterThanOrEqualTo(4);
      assertThat(plan.closeReason()).isEqualTo(CloseReason.EVALUATED);
      assertThat(plan.author()).isNotNull();
      assertThat(
              runtime
                  .createProcessInstanceQuery()
                  .processDefinitionKey(HousingCases.PROCESS_ID)
                  .processInstanceBusinessKey(head)
                  .count())
          .isZero();
    }
    // the approver was never the plan's author (the engine refuses that completion)
    assertThat(
            history
                .createHistoricTaskInstanceQuery()
                .taskDefinitionKey("Task_ApprovePlan")
                .finished()
                .list())
        .allMatch(t -> t.getAssignee() != null && t.getAssignee().startsWith("r-manager"));
  }
}
