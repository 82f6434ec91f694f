package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.CASE_OFFICERS;
import static bg.kazanlak.inclusion.identity.Groups.FINANCE;
import static bg.kazanlak.inclusion.identity.Groups.HR_OFFICERS;
import static bg.kazanlak.inclusion.identity.Groups.INITIATIVE_COORDINATORS;
import static bg.kazanlak.inclusion.identity.Groups.PROJECT_MANAGERS;
import static bg.kazanlak.inclusion.identity.Groups.SOCIAL_WORKERS;

import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A small replay of the orchestrator's day for the simulation tests: two simulated users per group,
 * the clock frozen at the day's start, the features' {@link DailyWork}, then every open task a
 * {@link TaskAnswers} handles claimed by a user of its candidate group (another user when the
 * engine refuses, as for four-eyes) and completed with the answer, then the due jobs executed.
 */
final class FlowsSimulationHarness implements SimulatedStaff {

  private static final Map<String, List<String>> USERS = new LinkedHashMap<>();

  static {
    USERS.put(CASE_OFFICERS, List.of("r-officer-1", "r-officer-2"));
    USERS.put(SOCIAL_WORKERS, List.of("r-social-1", "r-social-2"));
    USERS.put(HR_OFFICERS, List.of("r-hr-1", "r-hr-2"));
    USERS.put(FINANCE, List.of("r-finance-1", "r-finance-2"));
    USERS.put(INITIATIVE_COORDINATORS, List.of("r-coordinator-1", "r-coordinator-2"));
    USERS.put(PROJECT_MANAGERS, List.of("r-manager-1", "r-manager-2"));
  }

  private final IdentityService identity;
  private final TaskService tasks;
  private final ManagementService management;
  private final ProgrammeClock clock;
  private final WorkingCalendar calendar;
  private final Random random;
  private int completed;

  FlowsSimulationHarness(
      IdentitySetup setup,
      IdentityService identity,
      TaskService tasks,
      ManagementService management,
      ProgrammeClock clock,
      WorkingCalendar calendar,
      long seed) {
    this.identity = identity;
    this.tasks = tasks;
    this.management = management;
    this.clock = clock;
    this.calendar = calendar;
    this.random = new Random(seed);
    USERS.forEach(
        (group, users) ->
            users.forEach(
                user -> setup.ensureUser(user, "Симулиран", user, "replay", List.of(group))));
  }

  @Override
  public List<String> of(String group) {
    return USERS.getOrDefault(group, List.of());
  }

  @Override
  public <T> T as(String user, Supplier<T> work) {
    List<String> groups = new ArrayList<>();
    USERS.forEach(
        (group, users) -> {
          if (users.contains(user)) {
            groups.add(group);
          }
        });
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * A person registered by a case officer through onboarding and assessed by a social worker, who
   * recommends {@code streams}: enrolled in them (and, for housing support, a waiting case).
   */
  String enrolled(
      OnboardingCases onboarding,
      String firstName,
      String lastName,
      boolean minority,
      boolean homeless,
      String... streams) {
    return enrolledIn(onboarding, "Казанлък", firstName, lastName, minority, homeless, streams);
  }

  /** As {@link #enrolled}, living in {@code settlement}. */
  String enrolledIn(
      OnboardingCases onboarding,
      String settlement,
      String firstName,
      String lastName,
      boolean minority,
      boolean homeless,
      String... streams) {
    LocalDate born =
        LocalDate.of(1980 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
    NewParticipant person =
        new NewParticipant(
            TestPeople.freshEgn(born),
            firstName,
            null,
            lastName,
            null,
            null,
            settlement,
            null,
            null,
            true,
            "UNEMPLOYED",
            "ISCED_2",
            minority ? SpecialCategoryAnswer.YES : SpecialCategoryAnswer.NO,
            SpecialCategoryAnswer.NO,
            SpecialCategoryAnswer.NO,
            homeless,
            true,
            true,
            false);
    String number = onboarding.register(person, "r-officer-1").registrationNumber();
    Task assessment =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(number)
            .taskDefinitionKey("Task_AssessNeeds")
            .singleResult();
    as(
        "r-social-1",
        () -> {
          tasks.claim(assessment.getId(), "r-social-1");
          tasks.complete(
              assessment.getId(),
              Map.of(
                  "needsWork",
                  "Търси работа.",
                  "assessmentSummary",
                  "Подходящ/а за предложените направления.",
                  "recommendedStreams",
                  SpinValues.jsonValue("[\"" + String.join("\",\"", streams) + "\"]").create()));
        });
    executeDueJobs();
    return number;
  }

  SimulatedDay day(LocalDate date) {
    return new SimulatedDay(date, 1, random, this);
  }

  /** Tasks completed so far. */
  int completed() {
    return completed;
  }

  /** Runs the working days from {@code first} to {@code last}, both included. */
  void run(LocalDate first, LocalDate last, List<DailyWork> work, List<TaskAnswers> answers) {
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      if (calendar.isWorkingDay(date)) {
        runDay(date, work, answers);
      }
    }
  }

  void runDay(LocalDate date, List<DailyWork> work, List<TaskAnswers> answers) {
    clock.freezeAt(date.atTime(8, 0));
    SimulatedDay day = day(date);
    work.forEach(w -> w.on(day));
    answerTasks(day, answers);
    executeDueJobs();
  }

  /** Answers the open tasks until a pass leaves nothing more to answer today. */
  void answerTasks(SimulatedDay day, List<TaskAnswers> answers) {
    for (int pass = 0; pass < 5; pass++) {
      boolean any = false;
      for (TaskAnswers answer : answers) {
        Set<String> keys = answer.taskKeys();
        List<Task> open =
            tasks
                .createTaskQuery()
                .taskDefinitionKeyIn(keys.toArray(String[]::new))
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .list();
        for (Task task : open) {
          Optional<Map<String, Object>> form = answer.answer(task, day);
          if (form.isPresent() && complete(task, form.get())) {
            any = true;
          }
        }
      }
      if (!any) {
        return;
      }
    }
  }

  private boolean complete(Task task, Map<String, Object> form) {
    List<String> candidates = new ArrayList<>();
    if (task.getAssignee() != null) {
      candidates.add(task.getAssignee());
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        candidates.addAll(of(link.getGroupId()));
      }
    }
    RuntimeException last = null;
    for (String user : candidates.stream().distinct().toList()) {
      try {
        as(
            user,
            () -> {
              if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
              } else if (!task.getAssignee().equals(user)) {
                tasks.setAssignee(task.getId(), user);
              }
              tasks.complete(task.getId(), form);
            });
        completed++;
        return true;
      } catch (RuntimeException refused) {
        last = refused;
        if (task.getAssignee() == null) {
          as(user, () -> tasks.setAssignee(task.getId(), null));
        }
      }
    }
    throw new IllegalStateException(
        "Nobody could complete " + task.getTaskDefinitionKey() + ": " + form.keySet(), last);
  }

  /** Executes the jobs due at the frozen clock, as the job executor would, until none is left. */
  void executeDueJobs() {
    identity.clearAuthentication();
    for (int round = 0; round < 10; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
  }
}
