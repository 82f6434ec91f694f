package bg.kazanlak.inclusion.replay;

import bg.kazanlak.inclusion.housing.Goal;
import bg.kazanlak.inclusion.housing.GoalStatus;
import bg.kazanlak.inclusion.housing.HousingCases;
import bg.kazanlak.inclusion.housing.SupportPlans;
import bg.kazanlak.inclusion.housing.Tenancies;
import bg.kazanlak.inclusion.process.AsApplication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the social workers and project managers write in the housing plan's forms: the tenancy (a
 * free unit, moving in today), the household's assessment, a plan of two or three goals from the
 * catalogue, the manager's approval (one draft in ten is returned once with a comment), monthly
 * reviews in which an open goal moves on about every other visit, case conferences that go on, and
 * the final evaluation (achieved goals achieved, the others partly or not).
 */
@Component
@Profile("replay")
public class HousingTaskAnswers implements TaskAnswers {

  static final String RECORD_TENANCY = "Task_RecordTenancy";
  static final String ASSESS = "Task_AssessHousehold";
  static final String DRAFT = "Task_DraftPlan";
  static final String APPROVE = "Task_ApprovePlan";
  static final String REVIEW = "Task_MonthlyReview";
  static final String CONFERENCE = "Task_CaseConference";
  static final String EVALUATION = "Task_FinalEvaluation";

  /** The catalogue's goals a plan picks from (inclusion.housing.goal-kinds), with a specialist. */
  private static final List<String[]> GOALS =
      List.of(
          new String[] {"labour-office-registration", "Социален работник"},
          new String[] {"job", "Социален работник"},
          new String[] {"gp-registration", "Здравен медиатор"},
          new String[] {"dentist-visit", "Здравен медиатор"},
          new String[] {"child-immunisations", "Здравен медиатор"},
          new String[] {"kindergarten-or-school-enrolment", "Образователен медиатор"},
          new String[] {"school-attendance", "Образователен медиатор"},
          new String[] {"adult-qualification", "Педагог"},
          new String[] {"identity-documents", "Социален работник"},
          new String[] {"benefits", "Социален работник"});

  private final Tenancies tenancies;
  private final SupportPlans plans;
  private final RuntimeService runtime;
  private final AsApplication asApplication;

  public HousingTaskAnswers(
      Tenancies tenancies,
      SupportPlans plans,
      RuntimeService runtime,
      AsApplication asApplication) {
    this.tenancies = tenancies;
    this.plans = plans;
    this.runtime = runtime;
    this.asApplication = asApplication;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(RECORD_TENANCY, ASSESS, DRAFT, APPROVE, REVIEW, CONFERENCE, EVALUATION);
  }

  @Override
  public Optional<Map<String, Object>> answer(Task task, SimulatedDay day) {
    String head = businessKey(task);
    Random random = day.random();
    Map<String, Object> form = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case RECORD_TENANCY -> {
        Optional<String> unit = freeUnit(tenancies);
        if (unit.isEmpty()) {
          return Optional.empty(); // all units are taken: the case waits for one to free
        }
        form.put("unit", unit.get());
        form.put("moveIn", day.date().toString());
        form.put("members", "");
      }
      case ASSESS -> {
        form.put("assessmentWork", "Възрастните в домакинството са без постоянна работа.");
        form.put("assessmentHealth", "Семейството няма избран общопрактикуващ лекар.");
        form.put("assessmentEducation", "Децата посещават училище нередовно.");
        form.put("assessmentSocial", "Липсват част от личните документи.");
        form.put("assessmentSummary", "Нужна е подкрепа за работа, здраве и документи.");
      }
      case DRAFT -> form.put("planGoals", goals(head, day));
      case APPROVE -> {
        if (random.nextInt(10) == 0 && plans.details(head).plan().version() == 1) {
          form.put("planDecision", "RETURN");
          form.put("decisionComment", "Моля, прецизирайте сроковете на целите.");
        } else {
          form.put("planDecision", "APPROVE");
          form.put("decisionComment", "");
        }
      }
      case REVIEW -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Goal goal : plans.details(head).goals()) {
          if (open(goal)) {
            GoalStatus status = goal.status();
            if (random.nextInt(2) == 0) {
              status =
                  status == GoalStatus.NOT_STARTED ? GoalStatus.IN_PROGRESS : GoalStatus.ACHIEVED;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("goalId", goal.id());
            row.put("status", status.name());
            row.put("note", "Посещение в жилището.");
            rows.add(row);
          }
        }
        form.put("visitDate", day.date().toString());
        form.put("reviewGoals", rows);
        form.put("revisePlan", false);
      }
      case CONFERENCE -> {
        form.put("conferenceDate", day.date().toString());
        form.put("conferenceDecision", "CONTINUE");
        form.put(
            "conferenceNote", "Целите остават; ключовият социален работник засилва подкрепата.");
      }
      case EVALUATION -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Goal goal : plans.details(head).goals()) {
          if (goal.status() == GoalStatus.DROPPED) {
            continue;
          }
          String outcome =
              goal.status() == GoalStatus.ACHIEVED
                  ? "ACHIEVED"
                  : goal.status() == GoalStatus.IN_PROGRESS ? "PARTLY_ACHIEVED" : "NOT_ACHIEVED";
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("goalId", goal.id());
          row.put("outcome", outcome);
          row.put("note", "");
          rows.add(row);
        }
        form.put("evaluationGoals", rows);
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(form);
  }

  /**
   * The plan's goals: on a revision the goals it has (kept as they are, by their numbers); for a
   * new plan two or three goals of the catalogue for the head, due four to ten months ahead and
   * before the final evaluation.
   */
  private List<Map<String, Object>> goals(String head, SimulatedDay day) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Goal goal : plans.details(head).goals()) {
      if (goal.status() != GoalStatus.DROPPED) {
        rows.add(
            goal(
                goal.id(),
                goal.kind(),
                goal.owner(),
                goal.specialist(),
                goal.targetDate().isBefore(day.date()) ? latest(day) : goal.targetDate()));
      }
    }
    if (!rows.isEmpty()) {
      return rows;
    }
    List<String[]> catalogue = new ArrayList<>(GOALS);
    int count = 2 + day.random().nextInt(2);
    for (int i = 0; i < count; i++) {
      String[] kind = catalogue.remove(day.random().nextInt(catalogue.size()));
      LocalDate target = day.date().plusMonths(4 + day.random().nextInt(7));
      if (target.isAfter(latest(day))) {
        target = latest(day);
      }
      rows.add(goal(null, kind[0], head, kind[1], target));
    }
    return rows;
  }

  private LocalDate latest(SimulatedDay day) {
    LocalDate evaluation = plans.finalEvaluationDay();
    return evaluation.isAfter(day.date()) ? evaluation : day.date();
  }

  private static Map<String, Object> goal(
      Long id, String kind, String owner, String specialist, LocalDate target) {
    Map<String, Object> row = new LinkedHashMap<>();
    if (id != null) {
      row.put("goalId", id);
    }
    row.put("kind", kind);
    row.put("owner", owner);
    row.put("specialist", specialist);
    row.put("targetDate", target.toString());
    return row;
  }

  private static boolean open(Goal goal) {
    return goal.status() == GoalStatus.NOT_STARTED || goal.status() == GoalStatus.IN_PROGRESS;
  }

  /** The first free unit, in the configuration's order. */
  static Optional<String> freeUnit(Tenancies tenancies) {
    return tenancies.units().stream()
        .filter(u -> !u.occupied())
        .map(Tenancies.Unit::id)
        .findFirst();
  }

  private String businessKey(Task task) {
    return asApplication.call(
        () ->
            runtime
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .processDefinitionKey(HousingCases.PROCESS_ID)
                .singleResult()
                .getBusinessKey());
  }
}
