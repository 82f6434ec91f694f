package bg.kazanlak.inclusion.replay;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ProcessTestSupport;
import bg.kazanlak.inclusion.education.Club;
import bg.kazanlak.inclusion.education.ClubService;
import bg.kazanlak.inclusion.education.EducationFigures;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
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
 * Three simulated months of clubs: clubs and workshops registered, participants and their children
 * enrolled, weekly sessions with attendance ticked, the first purchases sent to the budget's
 * approval.
 */
// the replay profile runs the job executor; these tests drive the jobs they wait for
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"test", "replay"})
@ExtendWith(ProcessTestSupport.class)
class ClubSimulationTest {

  @Autowired ClubDailyWork work;
  @Autowired ClubTaskAnswers answers;
  @Autowired ClubService clubs;
  @Autowired OnboardingCases onboarding;
  @Autowired IdentitySetup setup;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired ProgrammeClock clock;
  @Autowired WorkingCalendar calendar;

  @Test
  void clubsAreRegisteredFilledAndMeetWeeklyWithAttendance() {
    FlowsSimulationHarness harness =
        new FlowsSimulationHarness(setup, identity, tasks, management, clock, calendar, 3);
    clock.freezeAt(LocalDate.of(2021, 9, 1).atTime(8, 0));
    for (int i = 0; i < 8; i++) {
      harness.enrolled(
          onboarding, "Участник", "Клуб" + (char) ('А' + i), false, false, "EDUCATION");
    }

    harness.run(
        LocalDate.of(2021, 9, 1), LocalDate.of(2021, 11, 30), List.of(work), List.of(answers));

    List<Club> registered = clubs.list();
    assertThat(registered).hasSizeGreaterThanOrEqualTo(4);
    assertThat(registered)
        .filteredOn(c -> c.createdOn().isBefore(LocalDate.of(2021, 11, 1)))
        .hasSizeGreaterThanOrEqualTo(3)
        .allMatch(c -> c.enrolled() > 0);
    EducationFigures figures = clubs.figures(LocalDate.of(2021, 11, 30));
    assertThat(figures.sessionsHeld()).isGreaterThanOrEqualTo(10);
    assertThat(figures.childrenEnrolledNow()).isPositive();
    assertThat(clubs.details(registered.get(0).id()).purchases()).isNotEmpty();
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_MarkAttendance").count()).isZero();
    assertThat(
            runtime.createProcessInstanceQuery().processDefinitionKey("expense-approval").count())
        .isPositive();
  }
}
