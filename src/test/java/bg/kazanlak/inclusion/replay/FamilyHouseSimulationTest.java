package bg.kazanlak.inclusion.replay;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ProcessTestSupport;
import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.familyhouse.FamilyHouseFigures;
import bg.kazanlak.inclusion.familyhouse.ReferralFigures;
import bg.kazanlak.inclusion.familyhouse.StaffFigures;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Simulated Family House work: services at all four houses for the participants attached to them,
 * consents and referrals followed up; and HR filling the fifteen staff jobs, their first month
 * posted to the staff line.
 */
// the replay profile runs the job executor; these tests drive the jobs they wait for
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"test", "replay"})
@ExtendWith(ProcessTestSupport.class)
class FamilyHouseSimulationTest {

  private static final String[] SETTLEMENTS = {"Казанлък", "Крън", "Горно Черковище", "Ръжена"};

  @Autowired FamilyHouseDailyWork work;
  @Autowired FamilyHouseTaskAnswers answers;
  @Autowired StaffDailyWork staffWork;
  @Autowired StaffTaskAnswers staffAnswers;
  @Autowired FamilyHouseFigures houses;
  @Autowired ReferralFigures referrals;
  @Autowired StaffFigures staff;
  @Autowired BudgetLedger ledger;
  @Autowired OnboardingCases onboarding;
  @Autowired IdentitySetup setup;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ProgrammeClock clock;
  @Autowired WorkingCalendar calendar;

  @Test
  void theFourHousesServeTheirParticipantsAndReferralsAreFollowedUp() {
    FlowsSimulationHarness harness =
        new FlowsSimulationHarness(setup, identity, tasks, management, clock, calendar, 7);
    clock.freezeAt(LocalDate.of(2022, 3, 1).atTime(8, 0));
    for (int i = 0; i < 12; i++) {
      harness.enrolledIn(
          onboarding,
          SETTLEMENTS[i % 4],
          "Участник",
          "Къща" + (char) ('А' + i),
          i % 2 == 0,
          false,
          "FAMILY_HOUSE");
    }

    harness.run(
        LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 31), List.of(work), List.of(answers));

    LocalDate asOf = LocalDate.of(2022, 5, 31);
    assertThat(houses.asOf(asOf)).hasSize(4).allMatch(h -> h.servicesDelivered() >= 10);
    ReferralFigures.Figures figures = referrals.asOf(asOf);
    assertThat(figures.made()).isGreaterThanOrEqualTo(3);
    assertThat(figures.completed()).isGreaterThanOrEqualTo(2);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_NoConsentNotice").count()).isZero();
  }

  @Test
  void hrFillsTheFifteenStaffJobsEarlyAndTheirMonthsArePosted() {
    FlowsSimulationHarness harness =
        new FlowsSimulationHarness(setup, identity, tasks, management, clock, calendar, 15);

    harness.run(
        LocalDate.of(2021, 8, 2),
        LocalDate.of(2021, 10, 4),
        List.of(staffWork),
        List.of(staffAnswers));

    StaffFigures.Figures figures = staff.asOf(LocalDate.of(2021, 10, 1));
    assertThat(figures.positions()).isEqualTo(15);
    assertThat(figures.jobsFilled()).isEqualTo(15);
    assertThat(figures.houses()).allMatch(h -> h.positions() >= 3);
    assertThat(ledger.figures("hrd-staff").spent()).isPositive();
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_StaffCostEscalation").count())
        .isZero();
  }
}
