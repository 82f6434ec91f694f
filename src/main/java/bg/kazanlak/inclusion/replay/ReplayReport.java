package bg.kazanlak.inclusion.replay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a replay reports: indicators against targets, the budget per programme and line, the run's
 * figures, the invariants broken (none: the run succeeded).
 */
public record ReplayReport(
    int scale,
    long seed,
    LocalDate from,
    LocalDate until,
    boolean fullRun,
    List<Indicator> indicators,
    List<BudgetRow> budget,
    Run run,
    Map<String, Long> simulated,
    Map<String, Long> openTasksAtEnd,
    List<String> unansweredTaskKeys,
    List<String> violations,
    List<String> errors,
    Baseline baseline) {

  public boolean ok() {
    return violations.isEmpty() && errors.isEmpty();
  }

  /** The same report with the baseline measured after it. */
  public ReplayReport withBaseline(Baseline value) {
    return new ReplayReport(
        scale,
        seed,
        from,
        until,
        fullRun,
        indicators,
        budget,
        run,
        simulated,
        openTasksAtEnd,
        unansweredTaskKeys,
        violations,
        errors,
        value);
  }

  /**
   * The minimal process with the replay's number of user tasks and jobs ({@link BaselineRun}).
   *
   * @param overheadRatio the replay's wall time over the baseline's (issue 14's aim: at most 2)
   */
  public record Baseline(long userTasks, long jobs, double wallSeconds, double overheadRatio) {}

  public record Indicator(String name, long achieved, long target) {}

  public record BudgetRow(
      String programme,
      String line,
      BigDecimal contracted,
      BigDecimal committed,
      BigDecimal spent,
      BigDecimal available) {}

  /**
   * @param peakHeapBytes the sum of the heap pools' peak usage (MemoryPoolMXBean)
   * @param peakHeapSampledBytes the highest heap in use seen at the daily samples
   */
  public record Run(
      double wallSeconds,
      long processInstancesStarted,
      long processInstancesCompleted,
      long userTasksCompleted,
      long userTasksCompletedBySimulatedStaff,
      long fourEyesRetries,
      long answersRefused,
      long jobsExecuted,
      long jobsFailed,
      double instancesPerSecond,
      double tasksPerSecond,
      double jobsPerSecond,
      long peakHeapBytes,
      long peakHeapSampledBytes,
      String machine) {}
}
