package bg.kazanlak.inclusion.housing;

import static bg.kazanlak.inclusion.housing.HousingVariables.DECISION_COMMENT;
import static bg.kazanlak.inclusion.housing.HousingVariables.EVALUATION_GOALS;
import static bg.kazanlak.inclusion.housing.HousingVariables.FREE_UNITS;
import static bg.kazanlak.inclusion.housing.HousingVariables.GOAL_KINDS;
import static bg.kazanlak.inclusion.housing.HousingVariables.HOUSEHOLD;
import static bg.kazanlak.inclusion.housing.HousingVariables.HOUSEHOLD_MEMBERS;
import static bg.kazanlak.inclusion.housing.HousingVariables.PLAN_GOALS;
import static bg.kazanlak.inclusion.housing.HousingVariables.PLAN_HISTORY;
import static bg.kazanlak.inclusion.housing.HousingVariables.PLAN_SUMMARY;
import static bg.kazanlak.inclusion.housing.HousingVariables.REVIEW_GOALS;
import static bg.kazanlak.inclusion.housing.HousingVariables.UNIT;
import static bg.kazanlak.inclusion.housing.HousingVariables.UNIT_ADDRESS;

import bg.kazanlak.inclusion.housing.SupportPlans.PlanDetails;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.HousingUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * What the forms of {@code housing-support-plan} show, built from the housing tables: the free
 * units, the household, the plan's goals as the rows of a dynamic list, its history and summary. No
 * step decides anything by these: the delegates read the plan again by the business key.
 */
@Component
class HousingView {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Tenancies tenancies;
  private final SupportPlans plans;
  private final HousingProperties housing;
  private final HousingRules rules;

  HousingView(
      Tenancies tenancies, SupportPlans plans, HousingProperties housing, HousingRules rules) {
    this.tenancies = tenancies;
    this.plans = plans;
    this.housing = housing;
    this.rules = rules;
  }

  /** The units no household lives in, as the tenancy form's options. */
  void showFreeUnits(DelegateExecution execution) {
    List<Map<String, String>> free =
        tenancies.units().stream()
            .filter(u -> !u.occupied())
            .map(
                u -> option("%s – %s (стаи: %d)".formatted(u.id(), u.address(), u.rooms()), u.id()))
            .toList();
    execution.setVariable(FREE_UNITS, Spin.JSON(free));
  }

  /** The unit and the household, named as the cases name people. */
  void showHousehold(DelegateExecution execution, String head) {
    Tenancy tenancy = tenancies.residence(head).orElseThrow();
    execution.setVariable(UNIT, tenancy.unit());
    execution.setVariable(
        UNIT_ADDRESS, rules.unit(tenancy.unit()).map(HousingUnit::address).orElse(tenancy.unit()));
    List<String> lines = new ArrayList<>();
    for (String person : tenancy.household()) {
      lines.add(
          "- %s (%s)%s"
              .formatted(name(person), person, person.equals(tenancy.head()) ? " – титуляр" : ""));
    }
    execution.setVariable(HOUSEHOLD, String.join("\n", lines));
  }

  /** The plan form: the goals not dropped, the options, the history and a manager's comment. */
  void showPlan(DelegateExecution execution, String head) {
    PlanDetails details = plans.details(head);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Goal goal : details.goals()) {
      if (goal.status() != GoalStatus.DROPPED) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("goalId", goal.id());
        row.put("kind", goal.kind());
        row.put("owner", goal.owner());
        row.put("specialist", goal.specialist());
        row.put("targetDate", goal.targetDate().toString());
        row.put("status", goal.status().label());
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      // no variable, so the form's dynamic list opens with its one empty row (an empty array
      // would show no row at all)
      execution.removeVariable(PLAN_GOALS);
    } else {
      execution.setVariable(PLAN_GOALS, Spin.JSON(rows));
    }
    execution.setVariable(
        GOAL_KINDS,
        Spin.JSON(
            housing.goalKinds().stream()
                .map(k -> option(k.domain().label() + ": " + k.label(), k.id()))
                .toList()));
    execution.setVariable(
        HOUSEHOLD_MEMBERS,
        Spin.JSON(
            details.tenancy().household().stream()
                .map(p -> option("%s (%s)".formatted(name(p), p), p))
                .toList()));
    execution.setVariable(PLAN_HISTORY, history(details));
    if (!execution.hasVariable(DECISION_COMMENT)) {
      execution.setVariable(DECISION_COMMENT, null);
    }
  }

  /** The version waiting for approval, as the project manager reads it. */
  void showSummary(DelegateExecution execution, String head) {
    PlanDetails details = plans.details(head);
    StringBuilder text =
        new StringBuilder(
            "Версия %d, изготвена от %s.\n\n"
                .formatted(details.plan().version(), details.plan().author()));
    int i = 1;
    for (Goal goal : details.goals()) {
      if (goal.status() != GoalStatus.DROPPED) {
        text.append(
            "%d. **%s** (%s) – %s; отговорник: %s; срок: %s\n"
                .formatted(
                    i++,
                    plans.label(goal.kind()),
                    goal.domain().label(),
                    name(goal.owner()),
                    goal.specialist(),
                    DAY.format(goal.targetDate())));
      }
    }
    String changes = history(details);
    if (!changes.isBlank()) {
      text.append("\n**История на плана:**\n").append(changes);
    }
    execution.setVariable(PLAN_SUMMARY, text.toString());
  }

  /** The review's rows: each open goal with its status now, and an empty note. */
  void showReview(DelegateExecution execution, String head) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Goal goal : plans.details(head).goals()) {
      if (goal.status() == GoalStatus.NOT_STARTED || goal.status() == GoalStatus.IN_PROGRESS) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("goalId", goal.id());
        row.put("goal", describe(goal));
        row.put("status", goal.status().name());
        row.put("note", "");
        rows.add(row);
      }
    }
    execution.setVariable(REVIEW_GOALS, Spin.JSON(rows));
  }

  /** The final evaluation's rows: each goal not dropped; an achieved one starts as achieved. */
  void showEvaluation(DelegateExecution execution, String head) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Goal goal : plans.details(head).goals()) {
      if (goal.status() != GoalStatus.DROPPED) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("goalId", goal.id());
        row.put("goal", describe(goal) + " – " + goal.status().label());
        row.put("outcome", goal.status() == GoalStatus.ACHIEVED ? "ACHIEVED" : null);
        row.put("note", "");
        rows.add(row);
      }
    }
    execution.setVariable(EVALUATION_GOALS, Spin.JSON(rows));
  }

  private String describe(Goal goal) {
    return "%s – %s (срок %s)"
        .formatted(plans.label(goal.kind()), name(goal.owner()), DAY.format(goal.targetDate()));
  }

  private String history(PlanDetails details) {
    List<String> lines = new ArrayList<>();
    for (PlanChange change : details.history()) {
      lines.add(
          "- %s, версия %d, %s: %s"
              .formatted(
                  DAY.format(change.changedOn()),
                  change.version(),
                  change.changedBy(),
                  change.description()));
    }
    return String.join("\n", lines);
  }

  private String name(String registrationNumber) {
    return plans.caseName(registrationNumber).orElse(registrationNumber);
  }

  private static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
