package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's integration plan from the initial assessment to its close: versions of goals and
 * their approval, monthly reviews, case conferences and the final evaluation. Every change of a
 * goal is written to the plan's history ({@code housing_goal_change}); each step checks the plan's
 * status where it changes it. A plan is found by its household head's registration number, the
 * business key of its case.
 */
@Service
public class SupportPlans {

  private final HousingRepository repository;
  private final HousingRules rules;
  private final HousingProperties housing;
  private final ParticipantRegistry participants;
  private final WorkingCalendar calendar;
  private final ProgrammeClock clock;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;

  SupportPlans(
      HousingRepository repository,
      HousingRules rules,
      HousingProperties housing,
      ParticipantRegistry participants,
      WorkingCalendar calendar,
      ProgrammeClock clock,
      ApplicationEventPublisher events,
      AuditTrail audit) {
    this.repository = repository;
    this.rules = rules;
    this.housing = housing;
    this.participants = participants;
    this.calendar = calendar;
    this.clock = clock;
    this.events = events;
    this.audit = audit;
  }

  /** Opens the plan of a new tenancy; the social worker who recorded it is its key worker. */
  void open(long tenancyId, String head, String keyWorker) {
    repository.insertPlan(tenancyId, head, keyWorker, clock.today());
    audited(head, "created", keyWorker, "tenancy", "keyWorker");
  }

  /** The head's plan that is not closed; 404 when there is none. */
  public Plan plan(String head) {
    return repository
        .openPlan(head)
        .orElseThrow(
            () ->
                RequestRefusedException.notFound(
                    "Няма отворен индивидуален план за домакинството на " + head + "."));
  }

  /** The key worker of the head's open plan, or null (a case still waiting for a tenancy). */
  public String keyWorker(String head) {
    return head == null ? null : repository.openPlan(head).map(Plan::keyWorker).orElse(null);
  }

  /** The author of the version waiting for approval, or null. */
  public String author(String head) {
    return head == null ? null : repository.openPlan(head).map(Plan::author).orElse(null);
  }

  /** The day the final evaluation opens (working days before the programme's last day). */
  public LocalDate finalEvaluationDay() {
    return rules.finalEvaluation(calendar);
  }

  @Transactional
  public void recordAssessment(String head, HouseholdAssessment assessment, String by) {
    Plan plan = plan(head);
    HouseholdAssessment checked =
        new HouseholdAssessment(
            HousingRules.note("assessmentWork", assessment.work(), 2000),
            HousingRules.note("assessmentHealth", assessment.health(), 2000),
            HousingRules.note("assessmentEducation", assessment.education(), 2000),
            HousingRules.note("assessmentSocial", assessment.social(), 2000),
            HousingRules.note("assessmentSummary", assessment.summary(), 2000));
    if (checked.summary() == null) {
      throw RequestRefusedException.invalid(
          "assessmentSummary", "Обобщете оценката на домакинството.");
    }
    move(plan, PlanStatus.ASSESSMENT, PlanStatus.DRAFTING);
    repository.insertAssessment(plan.id(), checked, by, clock.today());
    audited(head, "assessed", by, "assessment");
  }

  /**
   * A version of the plan by its author: new goals are added, goals given again are changed where
   * they differ, goals left out are dropped; each change goes to the history. Returns the version.
   */
  @Transactional
  public int submit(String head, List<PlannedGoal> goals, String author) {
    Plan plan = plan(head);
    requireStatus(plan, PlanStatus.DRAFTING);
    LocalDate today = clock.today();
    Tenancy tenancy = repository.tenancy(plan.tenancyId()).orElseThrow();
    rules.checkGoals(goals, tenancy.household(), today);
    Map<Long, Goal> current =
        repository.goals(plan.id()).stream()
            .filter(g -> g.status() != GoalStatus.DROPPED)
            .collect(Collectors.toMap(Goal::id, Function.identity()));
    for (PlannedGoal goal : goals) {
      if (goal.id() != null && !current.containsKey(goal.id())) {
        throw RequestRefusedException.invalid(
            HousingRules.GOALS, "Цел " + goal.id() + " не е цел на този план.");
      }
    }
    int version = plan.version() + 1;
    for (PlannedGoal goal : goals) {
      GoalDomain domain = housing.goalKind(goal.kind()).orElseThrow().domain();
      if (goal.id() == null) {
        long id = repository.insertGoal(plan.id(), goal, domain, version);
        change(plan, id, version, "ADDED", "Добавена: " + describe(goal), author);
      } else if (differs(current.get(goal.id()), goal)) {
        repository.updateGoal(goal.id(), goal, domain);
        change(plan, goal.id(), version, "CHANGED", "Променена: " + describe(goal), author);
      }
    }
    Set<Long> kept =
        goals.stream().map(PlannedGoal::id).filter(Objects::nonNull).collect(Collectors.toSet());
    for (Goal goal : current.values()) {
      if (!kept.contains(goal.id())) {
        repository.setStatus(goal.id(), GoalStatus.DROPPED, today);
        change(plan, goal.id(), version, "DROPPED", "Отпада: " + label(goal.kind()), author);
      }
    }
    if (!repository.submit(plan.id(), version, author)) {
      throw changedMeanwhile(head);
    }
    audited(head, "submitted", author, "goals", "version");
    return version;
  }

  /**
   * The project manager's decision on the submitted version. The engine refuses the author at the
   * approval task (four-eyes); the check here also covers a call from code.
   */
  @Transactional
  public PlanDecision decide(String head, PlanDecision decision, String comment, String by) {
    Plan plan = plan(head);
    requireStatus(plan, PlanStatus.SUBMITTED);
    if (by != null && by.equals(plan.author())) {
      throw RequestRefusedException.ruleBroken(
          "Правило „четири очи“: планът се одобрява от друг ръководител, не от неговия автор.",
          Map.of("rule", PlanAuthor.NAME));
    }
    String note = HousingRules.note("decisionComment", comment, 1000);
    if (decision == PlanDecision.RETURN && note == null) {
      throw RequestRefusedException.invalid(
          "decisionComment", "Напишете какво трябва да се коригира.");
    }
    LocalDate today = clock.today();
    repository.insertDecision(plan.id(), plan.version(), decision, by, today, note);
    boolean moved =
        decision == PlanDecision.APPROVE
            ? repository.approve(plan.id(), today, rules.nextReview(today))
            : repository.transition(plan.id(), PlanStatus.SUBMITTED, PlanStatus.DRAFTING);
    if (!moved) {
      throw changedMeanwhile(head);
    }
    audited(head, decision.name().toLowerCase(Locale.ROOT), by, "decision", "status");
    return decision;
  }

  /** When the next review falls due, and whether it still comes before the final evaluation. */
  public ReviewSchedule schedule(String head) {
    Plan plan = plan(head);
    requireStatus(plan, PlanStatus.ACTIVE);
    return new ReviewSchedule(
        plan.reviews() + 1,
        plan.nextReviewDue(),
        plan.nextReviewDue().isBefore(finalEvaluationDay()));
  }

  /**
   * A monthly review: each open goal's status and note. Counts the reviews in a row in which no
   * open goal moved, and says what follows: the next review, a revision the key worker asked for,
   * or a case conference.
   */
  @Transactional
  public ReviewResult recordReview(
      String head, LocalDate visitDate, List<GoalProgress> progress, boolean revise, String by) {
    Plan plan = plan(head);
    requireStatus(plan, PlanStatus.ACTIVE);
    LocalDate today = clock.today();
    Map<Long, GoalStatus> open = new LinkedHashMap<>();
    Map<Long, Goal> goals = new LinkedHashMap<>();
    for (Goal goal : repository.goals(plan.id())) {
      goals.put(goal.id(), goal);
      if (goal.status().open()) {
        open.put(goal.id(), goal.status());
      }
    }
    // a row for a goal of the plan that is no longer open (a member withdrew since the form was
    // built) changes nothing; a row for a goal that is not the plan's is refused below
    List<GoalProgress> current =
        progress.stream()
            .filter(g -> !goals.containsKey(g.goalId()) || open.containsKey(g.goalId()))
            .toList();
    rules.checkReview(visitDate, current, open, plan.approvedOn(), today);
    List<GoalProgress> checked =
        current.stream()
            .map(
                g ->
                    new GoalProgress(
                        g.goalId(), g.status(), HousingRules.note("reviewGoals", g.note(), 1000)))
            .toList();
    boolean progressed = HousingRules.progressed(open, checked);
    int withoutProgress = open.isEmpty() || progressed ? 0 : plan.reviewsWithoutProgress() + 1;
    NextStep next = rules.afterReview(withoutProgress, revise);
    int number = plan.reviews() + 1;
    long reviewId =
        repository.insertReview(
            plan.id(), number, plan.nextReviewDue(), visitDate, progressed, by, today);
    for (GoalProgress goal : checked) {
      repository.insertReviewGoal(reviewId, goal);
      GoalStatus before = open.get(goal.goalId());
      if (goal.status() != before) {
        repository.setStatus(goal.goalId(), goal.status(), today);
        change(
            plan,
            goal.goalId(),
            plan.version(),
            "REVIEWED",
            "Преглед %d: %s – %s → %s"
                .formatted(
                    number,
                    label(goals.get(goal.goalId()).kind()),
                    before.label(),
                    goal.status().label()),
            by);
      }
    }
    if (!repository.afterReview(
        plan.id(),
        number,
        withoutProgress,
        rules.nextReview(plan.nextReviewDue()),
        next == NextStep.REVISE ? PlanStatus.DRAFTING : PlanStatus.ACTIVE)) {
      throw changedMeanwhile(head);
    }
    audited(head, "reviewed", by, "review", "goals");
    return new ReviewResult(next, withoutProgress);
  }

  /** The case conference's decision: go on with the plan, or revise it. */
  @Transactional
  public NextStep recordConference(
      String head, LocalDate heldOn, NextStep decision, String note, String by) {
    Plan plan = plan(head);
    requireStatus(plan, PlanStatus.ACTIVE);
    LocalDate today = clock.today();
    if (heldOn == null || heldOn.isAfter(today)) {
      throw RequestRefusedException.invalid(
          "conferenceDate", "Посочете датата на срещата (не по-късно от днес).");
    }
    if (decision != NextStep.CONTINUE && decision != NextStep.REVISE) {
      throw RequestRefusedException.invalid(
          "conferenceDecision", "Изберете: планът продължава или се преразглежда.");
    }
    repository.insertConference(
        plan.id(), heldOn, decision, HousingRules.note("conferenceNote", note, 2000), by, today);
    if (!repository.afterConference(
        plan.id(), decision == NextStep.REVISE ? PlanStatus.DRAFTING : PlanStatus.ACTIVE)) {
      throw changedMeanwhile(head);
    }
    audited(head, "conference", by, "conference", "status");
    return decision;
  }

  /** The final evaluation: an outcome for every goal not dropped; then the plan is closed. */
  @Transactional
  public void recordEvaluation(String head, List<GoalEvaluation> outcomes, String by) {
    Plan plan = plan(head);
    List<Goal> all = repository.goals(plan.id());
    Set<Long> dropped =
        all.stream()
            .filter(g -> g.status() == GoalStatus.DROPPED)
            .map(Goal::id)
            .collect(Collectors.toSet());
    List<Goal> goals = all.stream().filter(g -> !dropped.contains(g.id())).toList();
    outcomes = outcomes.stream().filter(g -> !dropped.contains(g.goalId())).toList();
    rules.checkEvaluation(outcomes, goals.stream().map(Goal::id).collect(Collectors.toSet()));
    Map<Long, Goal> byId = goals.stream().collect(Collectors.toMap(Goal::id, Function.identity()));
    for (GoalEvaluation goal : outcomes) {
      String note = HousingRules.note("evaluationGoals", goal.note(), 1000);
      repository.setOutcome(goal.goalId(), goal.outcome(), note);
      change(
          plan,
          goal.goalId(),
          plan.version(),
          "EVALUATED",
          "Окончателна оценка: %s – %s"
              .formatted(label(byId.get(goal.goalId()).kind()), goal.outcome().label()),
          by);
    }
    repository.close(plan.id(), CloseReason.EVALUATED, clock.today());
    repository.closeCase(head);
    audited(head, "evaluated", by, "goals", "status");
  }

  /**
   * A participant withdrew from the programme. The head's plan (or their case still waiting for a
   * tenancy) closes and {@link PlanClosed} ends the case; a member's open goals are dropped, and
   * the household's plan goes on.
   */
  @Transactional
  public void withdraw(String registrationNumber, String by) {
    if (repository.openPlan(registrationNumber).isPresent()
        || (repository.hasCase(registrationNumber)
            && repository.residence(registrationNumber).isEmpty())) {
      closeFromOutside(registrationNumber, CloseReason.WITHDRAWN, by);
      return;
    }
    repository
        .residence(registrationNumber)
        .flatMap(t -> repository.planOfTenancy(t.id()))
        .filter(p -> p.status() != PlanStatus.CLOSED)
        .ifPresent(
            plan -> {
              for (Goal goal : repository.goals(plan.id())) {
                if (goal.owner().equals(registrationNumber) && goal.status().open()) {
                  repository.setStatus(goal.id(), GoalStatus.DROPPED, clock.today());
                  change(
                      plan,
                      goal.id(),
                      plan.version(),
                      "DROPPED",
                      "Отпада (членът се оттегли от програмата): " + label(goal.kind()),
                      by);
                  audited(plan.head(), "goal-dropped", by, "goals");
                }
              }
            });
  }

  /** Closes the head's plan, or their waiting case, for a reason from outside the case. */
  void closeFromOutside(String head, CloseReason reason, String by) {
    repository.openPlan(head).ifPresent(p -> repository.close(p.id(), reason, clock.today()));
    repository.closeCase(head);
    audited(head, "closed", by, "status");
    events.publishEvent(new PlanClosed(head, reason));
  }

  /** The plan with its goals and history, for its household's key worker and the managers. */
  public PlanDetails details(String head) {
    Plan plan =
        repository
            .latestPlan(head)
            .orElseThrow(
                () ->
                    RequestRefusedException.notFound(
                        "Няма индивидуален план за домакинството на " + head + "."));
    Tenancy tenancy = repository.tenancy(plan.tenancyId()).orElseThrow();
    return new PlanDetails(
        plan,
        tenancy,
        repository.goals(plan.id()),
        repository.changes(plan.id()),
        repository.reviews(plan.id()));
  }

  /** The goal kind's Bulgarian label (the kind's id if the configuration no longer has it). */
  String label(String kind) {
    return housing.goalKind(kind).map(HousingProperties.GoalKind::label).orElse(kind);
  }

  String describe(PlannedGoal goal) {
    return "%s; за %s; отговорник %s; срок %s"
        .formatted(label(goal.kind()), goal.owner(), goal.specialist(), goal.targetDate());
  }

  Optional<String> caseName(String registrationNumber) {
    return participants.find(registrationNumber).map(p -> p.caseName());
  }

  private static boolean differs(Goal goal, PlannedGoal planned) {
    return !goal.kind().equals(planned.kind())
        || !goal.owner().equals(planned.owner())
        || !goal.specialist().equals(planned.specialist())
        || !goal.targetDate().equals(planned.targetDate());
  }

  /** A housing plan's trail is kept under its household's head, the key of its case. */
  private void audited(String head, String action, String by, String... fields) {
    audit.record(RecordType.HOUSING_PLAN, head, action, by, fields);
  }

  private void change(Plan plan, long goalId, int version, String kind, String text, String by) {
    repository.insertChange(
        plan.id(),
        goalId,
        version,
        kind,
        text.length() > 600 ? text.substring(0, 600) : text,
        by == null ? "system" : by,
        clock.today());
  }

  private void move(Plan plan, PlanStatus from, PlanStatus to) {
    requireStatus(plan, from);
    if (!repository.transition(plan.id(), from, to)) {
      throw changedMeanwhile(plan.head());
    }
  }

  private static void requireStatus(Plan plan, PlanStatus expected) {
    if (plan.status() != expected) {
      throw RequestRefusedException.ruleBroken(
          "Стъпката не е възможна: планът на домакинството на "
              + plan.head()
              + " е в състояние "
              + plan.status()
              + ".",
          Map.of("status", plan.status().name()));
    }
  }

  private static RequestRefusedException changedMeanwhile(String head) {
    return RequestRefusedException.conflict(
        "Планът на домакинството на " + head + " беше променен междувременно; опитайте отново.",
        Map.of("registrationNumber", head));
  }

  /** The next review's number and due day, and whether it comes before the final evaluation. */
  public record ReviewSchedule(int number, LocalDate due, boolean reviewAhead) {}

  /** A recorded review: what follows, and the reviews in a row without progress. */
  public record ReviewResult(NextStep next, int reviewsWithoutProgress) {}

  /** A plan with its tenancy, goals, history and reviews. */
  public record PlanDetails(
      Plan plan,
      Tenancy tenancy,
      List<Goal> goals,
      List<PlanChange> history,
      List<PlanReview> reviews) {}
}
