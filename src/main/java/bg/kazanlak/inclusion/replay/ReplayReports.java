package bg.kazanlak.inclusion.replay;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.LineFigures;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.reporting.Indicators;
import bg.kazanlak.inclusion.reporting.IndicatorsService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Builds the replay's report from the indicators, the ledger and the engine's history. */
@Component
@Profile("replay")
public class ReplayReports {

  private final IndicatorsService indicators;
  private final BudgetLedger ledger;
  private final ProgrammeProperties programme;
  private final HistoryService history;
  private final ManagementService management;
  private final TaskService tasks;
  private final ReplayFigures figures;
  private final List<TaskAnswers> answers;

  public ReplayReports(
      IndicatorsService indicators,
      BudgetLedger ledger,
      ProgrammeProperties programme,
      HistoryService history,
      ManagementService management,
      TaskService tasks,
      ReplayFigures figures,
      List<TaskAnswers> answers) {
    this.indicators = indicators;
    this.ledger = ledger;
    this.programme = programme;
    this.history = history;
    this.management = management;
    this.tasks = tasks;
    this.figures = figures;
    this.answers = answers;
  }

  ReplayReport report(
      ReplayOptions options, LocalDate last, boolean fullRun, double seconds, long sampledHeap) {
    int scale = options.scale();
    LocalDate asOf = last.isBefore(programme.end()) ? last : programme.end();
    Indicators now = indicators.asOf(last.isBefore(programme.end()) ? last : last);
    Indicators atEnd = indicators.asOf(asOf);
    ProgrammeProperties.Targets targets = programme.targets();
    List<ReplayReport.Indicator> rows = new ArrayList<>();
    rows.add(
        new ReplayReport.Indicator(
            "persons employed",
            atEnd.employment().personsEmployed(),
            (long) targets.personsEmployed() * scale));
    rows.add(
        new ReplayReport.Indicator(
            "family houses delivering services",
            atEnd.familyHouses().houses().stream().filter(h -> h.servicesDelivered() > 0).count(),
            targets.familyHouses()));
    rows.add(
        new ReplayReport.Indicator(
            "households with a plan",
            atEnd.housing().householdsWithPlan(),
            (long) targets.housingUnits() * scale));
    rows.add(
        new ReplayReport.Indicator(
            "initiatives held", atEnd.initiatives().held(), (long) targets.initiatives() * scale));
    rows.add(
        new ReplayReport.Indicator(
            "staff jobs", atEnd.familyHouses().staffJobs().filled(), targets.staffJobs()));
    rows.add(
        new ReplayReport.Indicator("participants registered", now.participants().registered(), 0));
    rows.add(new ReplayReport.Indicator("participants eligible", now.participants().eligible(), 0));

    List<ReplayReport.BudgetRow> budget = new ArrayList<>();
    for (BudgetLedger.ProgrammeFigures funding : ledger.overview()) {
      for (LineFigures line : funding.lines()) {
        budget.add(
            new ReplayReport.BudgetRow(
                funding.code(),
                line.id(),
                line.contracted(),
                line.committed(),
                line.spent(),
                line.available()));
      }
    }

    long started = history.createHistoricProcessInstanceQuery().count();
    long completed = history.createHistoricProcessInstanceQuery().completed().count();
    long userTasks = history.createHistoricTaskInstanceQuery().finished().count();
    long jobsExecuted = history.createHistoricJobLogQuery().successLog().count();
    long jobsFailed = management.createJobQuery().noRetriesLeft().count();
    if (jobsFailed > 0) {
      figures.violation(jobsFailed + " jobs failed (retries exhausted)");
    }
    if (fullRun && scale == 1 && atEnd.employment().personsEmployed() < targets.personsEmployed()) {
      figures.violation(
          "persons employed "
              + atEnd.employment().personsEmployed()
              + " below the target "
              + targets.personsEmployed());
    }

    Map<String, Long> open =
        tasks.createTaskQuery().list().stream()
            .collect(
                Collectors.groupingBy(
                    Task::getTaskDefinitionKey, TreeMap::new, Collectors.counting()));
    var answered = answers.stream().flatMap(a -> a.taskKeys().stream()).collect(Collectors.toSet());
    List<String> unanswered =
        history.createHistoricTaskInstanceQuery().list().stream()
            .map(t -> t.getTaskDefinitionKey())
            .filter(key -> !answered.contains(key))
            .distinct()
            .sorted()
            .toList();

    double s = Math.max(0.001, seconds);
    ReplayReport.Run run =
        new ReplayReport.Run(
            Math.round(seconds * 10) / 10.0,
            started,
            completed,
            userTasks,
            figures.tasksCompleted(),
            figures.fourEyesRetries.get(),
            figures.answersRefused.get(),
            jobsExecuted,
            jobsFailed,
            round(started / s),
            round(userTasks / s),
            round(jobsExecuted / s),
            peakHeap(),
            sampledHeap,
            Runtime.getRuntime().availableProcessors()
                + " cores, "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.arch")
                + ", Java "
                + System.getProperty("java.version"));
    return new ReplayReport(
        scale,
        options.seed(),
        programme.start(),
        last,
        fullRun,
        rows,
        budget,
        run,
        figures.counters(),
        open,
        unanswered,
        figures.violations(),
        figures.errors(),
        null);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Prints the table and writes the JSON report; returns the report's path. */
  static Path print(ReplayReport report, String path, PrintStream out) throws IOException {
    out.println();
    out.printf(
        "Replay %s .. %s, scale %d, seed %d%s%n",
        report.from(),
        report.until(),
        report.scale(),
        report.seed(),
        report.fullRun() ? " (full programme)" : "");
    out.printf("%-38s %10s %10s%n", "Indicator", "achieved", "target");
    for (ReplayReport.Indicator row : report.indicators()) {
      out.printf(
          "%-38s %10d %10s%n",
          row.name(), row.achieved(), row.target() == 0 ? "-" : String.valueOf(row.target()));
    }
    out.printf(
        "%n%-6s %-18s %13s %13s %13s %13s%n",
        "Prog.", "Line", "contracted", "committed", "spent", "available");
    for (ReplayReport.BudgetRow row : report.budget()) {
      out.printf(
          "%-6s %-18s %13s %13s %13s %13s%n",
          row.programme(),
          row.line(),
          row.contracted(),
          row.committed(),
          row.spent(),
          row.available());
    }
    ReplayReport.Run run = report.run();
    out.printf(
        "%nWall time %.1f s; process instances %d started, %d completed (%.1f/s); user tasks %d"
            + " (%.1f/s; %d by simulated staff, %d after a four-eyes refusal, %d refused); jobs %d"
            + " (%.1f/s), %d failed; peak heap %d MiB (pools) / %d MiB (sampled)%n",
        run.wallSeconds(),
        run.processInstancesStarted(),
        run.processInstancesCompleted(),
        run.instancesPerSecond(),
        run.userTasksCompleted(),
        run.tasksPerSecond(),
        run.userTasksCompletedBySimulatedStaff(),
        run.fourEyesRetries(),
        run.answersRefused(),
        run.jobsExecuted(),
        run.jobsPerSecond(),
        run.jobsFailed(),
        run.peakHeapBytes() >> 20,
        run.peakHeapSampledBytes() >> 20);
    ReplayReport.Baseline baseline = report.baseline();
    if (baseline != null) {
      out.printf(
          "Baseline (no domain code, %d user tasks, %d jobs): %.1f s; overhead ratio %.2f%n",
          baseline.userTasks(), baseline.jobs(), baseline.wallSeconds(), baseline.overheadRatio());
    }
    out.println("Simulated: " + report.simulated());
    out.println("Open tasks at the end: " + report.openTasksAtEnd());
    out.println("Task keys no simulated staff answers: " + report.unansweredTaskKeys());
    report.violations().forEach(v -> out.println("INVARIANT BROKEN: " + v));
    report.errors().forEach(e -> out.println("ERROR: " + e));
    Path file = Path.of(path).toAbsolutePath();
    Files.createDirectories(file.getParent());
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(file.toFile(), report);
    out.println("Report: " + file);
    out.println(report.ok() ? "Replay OK" : "Replay FAILED");
    return file;
  }
}
