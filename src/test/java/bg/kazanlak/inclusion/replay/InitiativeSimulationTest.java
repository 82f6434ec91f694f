package bg.kazanlak.inclusion.replay;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ProcessTestSupport;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.initiative.Initiative;
import bg.kazanlak.inclusion.initiative.InitiativeKind;
import bg.kazanlak.inclusion.initiative.InitiativeService;
import bg.kazanlak.inclusion.initiative.InitiativeStatus;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * Two and a half simulated months of initiatives: the coordinators propose family-bonding events of
 * enrolled participants (a minority family in each, nobody twice within 90 days) and clean-ups,
 * finance reviews the dear ones, a manager approves, the coordinator confirms and reports them
 * held.
 */
// the replay profile runs the job executor; these tests drive the jobs they wait for
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"test", "replay"})
@ExtendWith(ProcessTestSupport.class)
class InitiativeSimulationTest {

  @Autowired InitiativeDailyWork work;
  @Autowired InitiativeTaskAnswers answers;
  @Autowired InitiativeService initiatives;
  @Autowired OnboardingCases onboarding;
  @Autowired IdentitySetup setup;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ProgrammeClock clock;
  @Autowired WorkingCalendar calendar;

  @Test
  void proposedInitiativesAreApprovedConfirmedAndHeldWithinTheRules() {
    FlowsSimulationHarness harness =
        new FlowsSimulationHarness(setup, identity, tasks, management, clock, calendar, 42);
    clock.freezeAt(LocalDate.of(2022, 3, 1).atTime(8, 0));
    for (int i = 0; i < 16; i++) {
      harness.enrolled(
          onboarding,
          "Участник",
          "Инициативи" + (char) ('А' + i),
          i % 2 == 0,
          false,
          "INITIATIVES");
    }

    harness.run(
        LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30), List.of(work), List.of(answers));

    List<Initiative> bonding =
        initiatives.list().stream()
            .filter(i -> i.kind() == InitiativeKind.FAMILY_BONDING)
            .map(i -> initiatives.get(i.initiativeNumber()))
            .toList();
    assertThat(bonding).hasSizeGreaterThanOrEqualTo(5);
    assertThat(bonding.stream().filter(i -> i.status() == InitiativeStatus.HELD).count())
        .isGreaterThanOrEqualTo(4);
    assertThat(bonding)
        .allSatisfy(
            i -> {
              assertThat(i.families()).hasSize(2);
              assertThat(i.families().stream().mapToInt(f -> f.members().size()).sum())
                  .isLessThanOrEqualTo(12);
            });
    // nobody is in two family-bonding events less than 90 days apart
    for (Initiative a : bonding) {
      for (Initiative b : bonding) {
        if (a != b && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) < 90) {
          List<String> people = a.families().stream().flatMap(f -> f.members().stream()).toList();
          assertThat(b.families().stream().flatMap(f -> f.members().stream()))
              .doesNotContainAnyElementsOf(people);
        }
      }
    }
    assertThat(initiatives.list())
        .filteredOn(i -> i.date().isBefore(LocalDate.of(2022, 6, 20)))
        .allMatch(i -> i.status() == InitiativeStatus.HELD);
  }
}
