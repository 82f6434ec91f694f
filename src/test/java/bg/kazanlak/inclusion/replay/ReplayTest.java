package bg.kazanlak.inclusion.replay;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.KazanlakInclusionApplication;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reduced replay: the first months of the programme at scale 1 on its own in-memory H2 (its own
 * application context, not the tests' shared ones), the job executor running. Asserts the
 * invariants and that registrations, assessments, contracts and timesheets happened.
 */
class ReplayTest {

  private static ReplayReport report;

  @BeforeAll
  static void replay() throws java.io.IOException {
    ReplayOptions options =
        ReplayOptions.defaults()
            .withUntil(LocalDate.of(2021, 3, 31))
            .withProgress(false)
            .withBaseline(true)
            .withReport("target/replay/report-test.json");
    report =
        ReplayCommand.launch(
            options,
            "jdbc:h2:mem:replay-"
                + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256",
            KazanlakInclusionApplication.class);
    ReplayReports.print(report, options.reportPath(), System.out);
  }

  @AfterAll
  static void resetClock() {
    ClockUtil.reset();
  }

  /** The yardstick ran the replay's user tasks and jobs through the minimal process. */
  @Test
  void theBaselineRanTheSameUserTasksAndJobs() {
    ReplayReport.Baseline baseline = report.baseline();
    assertThat(baseline.userTasks()).isEqualTo(report.run().userTasksCompleted());
    assertThat(baseline.jobs()).isEqualTo(report.run().jobsExecuted());
    assertThat(baseline.wallSeconds()).isPositive();
    assertThat(baseline.overheadRatio()).isPositive();
  }

  @Test
  void noInvariantIsBrokenAndNoJobFailed() {
    assertThat(report.violations()).isEmpty();
    assertThat(report.errors()).isEmpty();
    assertThat(report.run().jobsFailed()).isZero();
    assertThat(report.run().jobsExecuted()).isPositive();
  }

  @Test
  void peopleAreRegisteredAssessedAndEmployed() {
    assertThat(report.simulated().get("registrations.accepted")).isGreaterThan(20);
    assertThat(report.simulated()).containsKey("registrations.refused");
    assertThat(report.simulated().get("enrolments.EMPLOYMENT")).isPositive();
    assertThat(indicator("persons employed")).isPositive();
    assertThat(report.openTasksAtEnd()).doesNotContainKey("Task_AssessNeeds");
  }

  @Test
  void timesheetsArePostedOnTheLedger() {
    ReplayReport.BudgetRow employment =
        report.budget().stream().filter(r -> r.line().equals("hrd-employment")).findFirst().get();
    assertThat(employment.spent()).isPositive();
    assertThat(employment.committed().add(employment.spent()))
        .isLessThanOrEqualTo(employment.contracted());
  }

  @Test
  void expensesAreApprovedAndPaid() {
    assertThat(report.simulated().get("expenses.requested")).isPositive();
    assertThat(report.simulated().get("expenses.paid")).isPositive();
  }

  private static long indicator(String name) {
    return report.indicators().stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow()
        .achieved();
  }
}
