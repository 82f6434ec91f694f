package bg.kazanlak.inclusion.replay;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.LineFigures;
import bg.kazanlak.inclusion.employment.EmploymentFigures;
import bg.kazanlak.inclusion.programme.CalendarProperties;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The orchestrator: the programme replayed day by day. On each working day the programme clock
 * stands at the start of the day while every {@link DailyWork} bean starts its work and the open
 * tasks that some {@link TaskAnswers} bean answers are claimed and completed by simulated staff;
 * then the clock moves to the end of the working day and the job executor — running as in
 * production — executes what has fallen due, and the tasks are answered again until none is left.
 */
@Component
@Profile("replay")
public class Replay {

  private static final Logger log = LoggerFactory.getLogger(Replay.class);
  private static final LocalTime START_OF_DAY = LocalTime.of(8, 30);
  private static final long JOB_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(120);
  private static final int MAX_ROUNDS_PER_PHASE = 50;

  private final List<DailyWork> works;

  /** Per task key, the answers for it: a key may be reused by two models (a manager's approval). */
  private final Map<String, List<TaskAnswers>> answersByKey = new LinkedHashMap<>();

  private final ReplayStaff staff;
  private final ReplayFigures figures;
  private final ProgrammeClock clock;
  private final WorkingCalendar calendar;
  private final ProgrammeProperties programme;
  private final LocalTime endOfDay;
  private final TaskService tasks;
  private final FormService forms;
  private final ManagementService management;
  private final JobExecutor jobExecutor;
  private final EmploymentFigures employment;
  private final BudgetLedger ledger;
  private final ReplayReports reports;
  private final BaselineRun baseline;
  private final Map<String, List<String>> candidateGroups = new HashMap<>();
  private int rotation;

  public Replay(
      List<DailyWork> works,
      List<TaskAnswers> answers,
      ReplayStaff staff,
      ReplayFigures figures,
      ProgrammeClock clock,
      WorkingCalendar calendar,
      CalendarProperties calendarProperties,
      ProgrammeProperties programme,
      ProcessEngine engine,
      EmploymentFigures employment,
      BudgetLedger ledger,
      ReplayReports reports,
      BaselineRun baseline) {
    this.works = works;
    for (TaskAnswers answer : answers) {
      for (String key : answer.taskKeys()) {
        answersByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(answer);
      }
    }
    this.staff = staff;
    this.figures = figures;
    this.clock = clock;
    this.calendar = calendar;
    this.endOfDay = calendarProperties.endOfWorkingDay();
    this.programme = programme;
    this.tasks = engine.getTaskService();
    this.forms = engine.getFormService();
    this.management = engine.getManagementService();
    this.jobExecutor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    this.employment = employment;
    this.ledger = ledger;
    this.reports = reports;
    this.baseline = baseline;
  }

  /** Replays the programme (up to {@code options.until()}) and reports on it. */
  public ReplayReport run(ReplayOptions options) {
    LocalDate first = programme.start();
    LocalDate fullEnd = programme.end().plusMonths(7).withDayOfMonth(1).minusDays(1);
    LocalDate last = options.until() == null ? fullEnd : options.until();
    boolean fullRun = !last.isBefore(programme.end());
    Random random = new Random(options.seed());
    ReplayProgress progress = new ReplayProgress(options.progress(), first, last, figures);
    long started = System.nanoTime();
    staff.load();
    log.info(
        "Replay from {} to {} at scale {} (seed {}), {} daily works, {} answered task keys",
        first,
        last,
        options.scale(),
        options.seed(),
        works.size(),
        answersByKey.size());
    try {
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        if (!calendar.isWorkingDay(day)) {
          continue;
        }
        SimulatedDay simulated = new SimulatedDay(day, options.scale(), random, staff);
        clock.freezeAt(day.atTime(START_OF_DAY));
        awaitJobs(day);
        for (DailyWork work : works) {
          // each work draws from its own sequence: the job executor's timing cannot shift it
          Random own =
              new Random(mix(options.seed(), day, ClassUtils.getUserClass(work).getName()));
          try {
            work.on(new SimulatedDay(day, options.scale(), own, staff));
          } catch (RuntimeException e) {
            figures.error(
                day
                    + ": "
                    + work.getClass().getSimpleName()
                    + " failed: "
                    + e.getClass().getName());
            log.warn("Daily work {} failed on {}", work.getClass().getSimpleName(), day, e);
          }
        }
        answerAndRun(simulated, options.seed(), "morning");
        clock.freezeAt(day.atTime(endOfDay));
        awaitJobs(day);
        answerAndRun(simulated, options.seed(), "evening");
        checkDaily(day);
        progress.update(day, false);
      }
      progress.update(last, true);
    } finally {
      clock.freezeAt(last.atTime(endOfDay));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    ReplayReport report =
        reports.report(options, last, fullRun, seconds, progress.peakHeapSampled());
    if (!options.baseline()) {
      return report;
    }
    long userTasks = report.run().userTasksCompleted();
    long jobs = report.run().jobsExecuted();
    double baseline = this.baseline.run(userTasks, jobs, () -> awaitJobs(last));
    return report.withBaseline(
        new ReplayReport.Baseline(
            userTasks,
            jobs,
            Math.round(baseline * 10) / 10.0,
            Math.round(seconds / Math.max(0.001, baseline) * 100) / 100.0));
  }

  /** The answers for a task's key and model (the one bean of its key unless two share it). */
  private TaskAnswers answersFor(Task task) {
    List<TaskAnswers> candidates = answersByKey.get(task.getTaskDefinitionKey());
    return candidates.stream()
        .filter(a -> a.answers(task))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No TaskAnswers for " + task.getTaskDefinitionKey() + " of this model"));
  }

  /** Answers the open tasks, lets the job executor run, again until no task is answered. */
  private void answerAndRun(SimulatedDay day, long seed, String phase) {
    Set<String> leftForLater = new HashSet<>();
    Map<String, Random> randoms = new HashMap<>();
    for (int round = 0; round < MAX_ROUNDS_PER_PHASE; round++) {
      List<Task> open =
          tasks
              .createTaskQuery()
              .taskDefinitionKeyIn(answersByKey.keySet().toArray(String[]::new))
              .active()
              .orderByTaskCreateTime()
              .asc()
              .list();
      int done = 0;
      for (Task task : open) {
        if (leftForLater.contains(task.getId())) {
          continue;
        }
        Optional<Map<String, Object>> answer;
        try {
          // one sequence per task key and phase of the day, so answers repeat with the seed
          Random own =
              randoms.computeIfAbsent(
                  task.getTaskDefinitionKey(),
                  key -> new Random(mix(seed, day.date(), key + "@" + phase)));
          answer =
              answersFor(task)
                  .answer(task, new SimulatedDay(day.date(), day.scale(), own, day.staff()));
        } catch (RuntimeException e) {
          figures.error(
              day.date()
                  + ": answer for "
                  + task.getTaskDefinitionKey()
                  + " failed: "
                  + e.getClass().getName());
          log.warn("Answer for {} failed", task.getTaskDefinitionKey(), e);
          leftForLater.add(task.getId());
          continue;
        }
        if (answer.isEmpty()) {
          leftForLater.add(task.getId());
          continue;
        }
        if (complete(task, answer.get(), day.date())) {
          done++;
        } else {
          leftForLater.add(task.getId());
        }
      }
      if (done == 0) {
        return;
      }
      awaitJobs(day.date());
    }
  }

  /**
   * Claims and completes the task as a member of staff who may: the assignee if the task has one,
   * else each user of its candidate groups in turn (the next one when the engine refuses, e.g. a
   * four-eyes rule).
   */
  private boolean complete(Task task, Map<String, Object> values, LocalDate day) {
    List<String> users = new ArrayList<>();
    if (task.getAssignee() != null) {
      if (staff.knows(task.getAssignee())) {
        users.add(task.getAssignee());
      }
    } else {
      for (String group : candidateGroupsOf(task)) {
        List<String> ofGroup = staff.of(group);
        for (int i = 0; i < ofGroup.size(); i++) {
          users.add(ofGroup.get((i + rotation) % ofGroup.size()));
        }
      }
      rotation++;
    }
    RuntimeException last = null;
    for (String user : users) {
      boolean claimed = false;
      try {
        boolean claim = task.getAssignee() == null;
        staff.as(
            user,
            () -> {
              if (claim) {
                tasks.claim(task.getId(), user);
              }
              forms.submitTaskForm(task.getId(), new HashMap<>(values));
            });
        figures.tasksCompleted.incrementAndGet();
        if (last != null) {
          figures.fourEyesRetries.incrementAndGet();
        }
        return true;
      } catch (RuntimeException e) {
        last = e;
        if (task.getAssignee() == null) {
          unclaim(task);
        }
      }
    }
    figures.answersRefused.incrementAndGet();
    figures.count("answers.refused." + task.getTaskDefinitionKey());
    if (last != null) {
      log.debug("No user could complete {} on {}", task.getTaskDefinitionKey(), day, last);
    } else {
      figures.error(day + ": no simulated user for task " + task.getTaskDefinitionKey());
    }
    return false;
  }

  private void unclaim(Task task) {
    try {
      Task now = tasks.createTaskQuery().taskId(task.getId()).singleResult();
      if (now != null && now.getAssignee() != null) {
        tasks.setAssignee(task.getId(), null);
      }
    } catch (RuntimeException e) {
      log.debug("Could not unclaim {}", task.getTaskDefinitionKey(), e);
    }
  }

  private List<String> candidateGroupsOf(Task task) {
    return candidateGroups.computeIfAbsent(
        task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key ->
            tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null)
                .toList());
  }

  /**
   * Waits until the job executor has executed every job that is due on the programme clock (a job
   * whose retries are exhausted is not executable any more and is reported at the end).
   */
  void awaitJobs(LocalDate day) {
    long deadline = System.nanoTime() + JOB_DEADLINE_NANOS;
    boolean hinted = false;
    long pause = TimeUnit.MILLISECONDS.toNanos(1);
    while (true) {
      long executable = management.createJobQuery().executable().count();
      if (executable == 0) {
        return;
      }
      if (!hinted && jobExecutor != null) {
        jobExecutor.jobWasAdded();
        hinted = true;
      }
      if (System.nanoTime() > deadline) {
        figures.error(day + ": " + executable + " jobs still due after 120 s");
        return;
      }
      // back off up to 4 ms: the poll must not compete with the executor for the two cores
      LockSupport.parkNanos(pause);
      pause = Math.min(pause * 2, TimeUnit.MILLISECONDS.toNanos(4));
    }
  }

  private static long mix(long seed, LocalDate day, String name) {
    return (seed * 1_000_003L + day.toEpochDay()) * 1_000_033L + name.hashCode();
  }

  /** The invariants checked every day: places and budget lines. */
  private void checkDaily(LocalDate day) {
    EmploymentFigures.Figures today = employment.asOf(day);
    for (ProgrammeProperties.Employer employer : programme.employers()) {
      long active = today.of(employer.id()).activeContracts();
      if (active > employer.places()) {
        figures.violation(
            day
                + ": employer "
                + employer.id()
                + " has "
                + active
                + " active contracts for "
                + employer.places()
                + " places");
      }
    }
    for (BudgetLedger.ProgrammeFigures funding : ledger.overview()) {
      for (LineFigures line : funding.lines()) {
        if (line.committed().add(line.spent()).compareTo(line.contracted()) > 0) {
          figures.violation(
              day
                  + ": budget line "
                  + line.id()
                  + " committed+spent "
                  + line.committed().add(line.spent())
                  + " above contracted "
                  + line.contracted());
        }
      }
    }
  }
}
