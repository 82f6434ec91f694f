package bg.kazanlak.inclusion.housing;

import static bg.kazanlak.inclusion.housing.HousingVariables.ASSESSMENT_EDUCATION;
import static bg.kazanlak.inclusion.housing.HousingVariables.ASSESSMENT_FIELDS;
import static bg.kazanlak.inclusion.housing.HousingVariables.ASSESSMENT_HEALTH;
import static bg.kazanlak.inclusion.housing.HousingVariables.ASSESSMENT_SOCIAL;
import static bg.kazanlak.inclusion.housing.HousingVariables.ASSESSMENT_SUMMARY;
import static bg.kazanlak.inclusion.housing.HousingVariables.ASSESSMENT_WORK;
import static bg.kazanlak.inclusion.housing.HousingVariables.CONFERENCE_DATE;
import static bg.kazanlak.inclusion.housing.HousingVariables.CONFERENCE_DECISION;
import static bg.kazanlak.inclusion.housing.HousingVariables.CONFERENCE_NOTE;
import static bg.kazanlak.inclusion.housing.HousingVariables.DECISION_COMMENT;
import static bg.kazanlak.inclusion.housing.HousingVariables.DISPLAY_NAME;
import static bg.kazanlak.inclusion.housing.HousingVariables.EVALUATION_GOALS;
import static bg.kazanlak.inclusion.housing.HousingVariables.FINAL_EVALUATION_DUE;
import static bg.kazanlak.inclusion.housing.HousingVariables.FREE_UNITS;
import static bg.kazanlak.inclusion.housing.HousingVariables.GOAL_KINDS;
import static bg.kazanlak.inclusion.housing.HousingVariables.HEAD;
import static bg.kazanlak.inclusion.housing.HousingVariables.HEADS_HOUSEHOLD;
import static bg.kazanlak.inclusion.housing.HousingVariables.HOUSEHOLD_MEMBERS;
import static bg.kazanlak.inclusion.housing.HousingVariables.MEMBERS;
import static bg.kazanlak.inclusion.housing.HousingVariables.MOVE_IN;
import static bg.kazanlak.inclusion.housing.HousingVariables.MOVE_OUT;
import static bg.kazanlak.inclusion.housing.HousingVariables.MOVE_OUT_NOTE;
import static bg.kazanlak.inclusion.housing.HousingVariables.MOVE_OUT_REASON;
import static bg.kazanlak.inclusion.housing.HousingVariables.NEW_TENANCY;
import static bg.kazanlak.inclusion.housing.HousingVariables.NEXT_STEP;
import static bg.kazanlak.inclusion.housing.HousingVariables.PLAN_DECISION;
import static bg.kazanlak.inclusion.housing.HousingVariables.PLAN_GOALS;
import static bg.kazanlak.inclusion.housing.HousingVariables.PLAN_HISTORY;
import static bg.kazanlak.inclusion.housing.HousingVariables.PLAN_OUTCOME;
import static bg.kazanlak.inclusion.housing.HousingVariables.PLAN_SUMMARY;
import static bg.kazanlak.inclusion.housing.HousingVariables.PLAN_VERSION;
import static bg.kazanlak.inclusion.housing.HousingVariables.REGISTRATION_NUMBER;
import static bg.kazanlak.inclusion.housing.HousingVariables.REVIEWS_WITHOUT_PROGRESS;
import static bg.kazanlak.inclusion.housing.HousingVariables.REVIEW_AHEAD;
import static bg.kazanlak.inclusion.housing.HousingVariables.REVIEW_DUE;
import static bg.kazanlak.inclusion.housing.HousingVariables.REVIEW_GOALS;
import static bg.kazanlak.inclusion.housing.HousingVariables.REVIEW_NUMBER;
import static bg.kazanlak.inclusion.housing.HousingVariables.REVISE_PLAN;
import static bg.kazanlak.inclusion.housing.HousingVariables.TENANCY_RECORDED;
import static bg.kazanlak.inclusion.housing.HousingVariables.VISIT_DATE;

import bg.kazanlak.inclusion.housing.SupportPlans.ReviewResult;
import bg.kazanlak.inclusion.housing.SupportPlans.ReviewSchedule;
import bg.kazanlak.inclusion.process.FormValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of {@code housing-support-plan} and {@code housing-move-out}: read the
 * variables, call {@link Tenancies} or {@link SupportPlans}, set the variables the next step shows
 * or the gateway reads. Each runs right after the task or start form it checks, so a refusal rolls
 * the completion back and Tasklist shows the Bulgarian message.
 */
final class HousingDelegates {

  private HousingDelegates() {}

  /** A step, with what every housing step may use ({@link HousingSteps}). */
  abstract static class Step {
    final HousingSteps steps;

    Step(HousingSteps steps) {
      this.steps = steps;
    }
  }

  private static final String GOAL_ID = "goalId";

  private static long goalId(FormValues row) {
    return row.requiredInteger(GOAL_ID, "Непознат номер на цел.");
  }

  /**
   * Opens the case. With a tenancy from the API it records it (the head's registration number
   * becomes the business key); started by the application (a participant routed to housing support
   * at onboarding) or from the Tasklist start form (a social worker names the head), the case waits
   * for the tenancy. A business key submitted through the engine counts for nothing.
   */
  @Component("openHousingCaseDelegate")
  static class OpenCase extends Step implements JavaDelegate {
    OpenCase(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      String user = steps.user();
      String head;
      RequestedTenancy requested =
          execution.getVariable(NEW_TENANCY) instanceof RequestedTenancy r ? r : null;
      boolean housed = requested != null;
      if (housed) {
        head =
            steps
                .tenancies()
                .recordWithNewCase(
                    requested.tenancy(), user != null ? user : requested.recordedBy())
                .head();
      } else {
        head =
            user == null
                ? execution.getProcessBusinessKey()
                : steps.form(execution).requiredText(HEAD, "Посочете регистрационния номер.");
        steps.tenancies().openWaitingCase(head);
        steps.view().showFreeUnits(execution);
      }
      execution.removeVariable(NEW_TENANCY);
      execution.removeVariable(HEAD);
      execution.setProcessBusinessKey(head);
      execution.setVariable(REGISTRATION_NUMBER, head);
      execution.setVariable(DISPLAY_NAME, steps.plans().caseName(head).orElse(head));
      execution.setVariable(TENANCY_RECORDED, housed);
      execution.setVariable(FINAL_EVALUATION_DUE, steps.plans().finalEvaluationDay().toString());
      if (housed) {
        steps.view().showHousehold(execution, head);
      }
    }
  }

  /** Records the tenancy the social worker entered for the waiting case's person as its head. */
  @Component("saveHouseholdTenancyDelegate")
  static class SaveTenancy extends Step implements JavaDelegate {
    SaveTenancy(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      String head = execution.getProcessBusinessKey();
      steps
          .tenancies()
          .recordForWaitingCase(
              new NewTenancy(
                  form.text(HousingVariables.UNIT),
                  form.date(MOVE_IN, "Невалидна дата на настаняване."),
                  head,
                  members(form)),
              steps.user());
      execution.removeVariable(MEMBERS);
      execution.removeVariable(MOVE_IN);
      execution.removeVariable(FREE_UNITS);
      steps.view().showHousehold(execution, head);
    }

    /** One registration number per line (or separated by commas or spaces). */
    private static List<String> members(FormValues form) {
      String text = form.text(MEMBERS);
      return text == null
          ? List.of()
          : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
  }

  /** The tenancy was recorded elsewhere (the API, another household's form): is this the head? */
  @Component("checkHouseholdDelegate")
  static class CheckHousehold extends Step implements JavaDelegate {
    CheckHousehold(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      String person = execution.getProcessBusinessKey();
      boolean head = steps.tenancies().headsHousehold(person);
      execution.removeVariable(FREE_UNITS);
      execution.setVariable(HEADS_HOUSEHOLD, head);
      if (head) {
        steps.view().showHousehold(execution, person);
      }
    }
  }

  /** The programme ends before the person was housed. */
  @Component("closeUnhousedCaseDelegate")
  static class CloseUnhoused extends Step implements JavaDelegate {
    CloseUnhoused(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.tenancies().closeUnhoused(execution.getProcessBusinessKey());
      execution.removeVariable(FREE_UNITS);
    }
  }

  /** Stores the initial assessment in the housing tables; the process keeps none of it. */
  @Component("recordHouseholdAssessmentDelegate")
  static class RecordAssessment extends Step implements JavaDelegate {
    RecordAssessment(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      steps
          .plans()
          .recordAssessment(
              execution.getProcessBusinessKey(),
              new HouseholdAssessment(
                  form.text(ASSESSMENT_WORK),
                  form.text(ASSESSMENT_HEALTH),
                  form.text(ASSESSMENT_EDUCATION),
                  form.text(ASSESSMENT_SOCIAL),
                  form.text(ASSESSMENT_SUMMARY)),
              steps.user());
      execution.removeVariables(ASSESSMENT_FIELDS);
    }
  }

  /**
   * The plan form's rows, options and history, from the plan as it stands: the start listener of
   * {@code Task_DraftPlan}, so that a revision shows the goals it keeps, changes or drops.
   */
  @Component("loadPlanDelegate")
  static class LoadPlan extends Step implements ExecutionListener {
    LoadPlan(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void notify(DelegateExecution execution) {
      steps.view().showPlan(execution, execution.getProcessBusinessKey());
    }
  }

  /** Records the key worker's version of the plan and shows it to the approver. */
  @Component("submitPlanDelegate")
  static class SubmitPlan extends Step implements JavaDelegate {
    SubmitPlan(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      List<PlannedGoal> goals = new ArrayList<>();
      for (FormValues row : steps.form(execution).rows(PLAN_GOALS)) {
        Integer id = row.integer(GOAL_ID, "Непознат номер на цел.");
        goals.add(
            new PlannedGoal(
                id == null ? null : id.longValue(),
                row.text("kind"),
                row.text("owner"),
                row.text("specialist"),
                row.date("targetDate", "Невалиден срок.")));
      }
      String head = execution.getProcessBusinessKey();
      int version = steps.plans().submit(head, goals, steps.user());
      execution.removeVariables(
          List.of(PLAN_GOALS, GOAL_KINDS, HOUSEHOLD_MEMBERS, PLAN_HISTORY, DECISION_COMMENT));
      execution.setVariable(PLAN_VERSION, version);
      steps.view().showSummary(execution, head);
    }
  }

  /** Records the project manager's decision; {@code planOutcome} is what the gateway reads. */
  @Component("recordPlanDecisionDelegate")
  static class RecordPlanDecision extends Step implements JavaDelegate {
    RecordPlanDecision(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      PlanDecision decision =
          steps
              .plans()
              .decide(
                  execution.getProcessBusinessKey(),
                  form.requiredEnumValue(PLAN_DECISION, PlanDecision.class, "Изберете решение."),
                  form.text(DECISION_COMMENT),
                  steps.user());
      execution.removeVariable(PLAN_DECISION);
      execution.removeVariable(PLAN_SUMMARY);
      if (decision == PlanDecision.APPROVE) {
        execution.removeVariable(DECISION_COMMENT); // kept only to show it to the author
      }
      execution.setVariable(PLAN_OUTCOME, decision.name());
    }
  }

  /** When the next review falls due, and whether one still fits before the final evaluation. */
  @Component("scheduleReviewDelegate")
  static class ScheduleReview extends Step implements JavaDelegate {
    ScheduleReview(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      ReviewSchedule schedule = steps.plans().schedule(execution.getProcessBusinessKey());
      execution.setVariable(REVIEW_NUMBER, schedule.number());
      execution.setVariable(REVIEW_DUE, schedule.due().toString());
      execution.setVariable(REVIEW_AHEAD, schedule.reviewAhead());
    }
  }

  /** The review form's rows: the plan's open goals (start listener of the review task). */
  @Component("loadReviewDelegate")
  static class LoadReview extends Step implements ExecutionListener {
    LoadReview(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void notify(DelegateExecution execution) {
      steps.view().showReview(execution, execution.getProcessBusinessKey());
    }
  }

  /** Records the review; {@code nextStep} (continue, revise, case conference) leads on. */
  @Component("recordReviewDelegate")
  static class RecordReview extends Step implements JavaDelegate {
    RecordReview(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      List<GoalProgress> progress = new ArrayList<>();
      for (FormValues row : form.rows(REVIEW_GOALS)) {
        progress.add(
            new GoalProgress(
                goalId(row),
                row.enumValue("status", GoalStatus.class, "Непознато състояние на цел."),
                row.text("note")));
      }
      Boolean revise = form.bool(REVISE_PLAN);
      ReviewResult result =
          steps
              .plans()
              .recordReview(
                  execution.getProcessBusinessKey(),
                  form.date(VISIT_DATE, "Невалидна дата на посещението."),
                  progress,
                  Boolean.TRUE.equals(revise),
                  steps.user());
      execution.removeVariables(List.of(REVIEW_GOALS, VISIT_DATE, REVISE_PLAN));
      execution.setVariable(REVIEWS_WITHOUT_PROGRESS, result.reviewsWithoutProgress());
      execution.setVariable(NEXT_STEP, result.next().name());
    }
  }

  /** Records the case conference; its decision becomes {@code nextStep}. */
  @Component("recordCaseConferenceDelegate")
  static class RecordConference extends Step implements JavaDelegate {
    RecordConference(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      NextStep next =
          steps
              .plans()
              .recordConference(
                  execution.getProcessBusinessKey(),
                  form.date(CONFERENCE_DATE, "Невалидна дата на срещата."),
                  form.requiredEnumValue(
                      CONFERENCE_DECISION,
                      NextStep.class,
                      "Изберете: планът продължава или се преразглежда."),
                  form.text(CONFERENCE_NOTE),
                  steps.user());
      execution.removeVariables(List.of(CONFERENCE_DATE, CONFERENCE_NOTE, CONFERENCE_DECISION));
      execution.setVariable(NEXT_STEP, next.name());
    }
  }

  /** The final evaluation's rows: every goal not dropped (start listener of its task). */
  @Component("loadEvaluationDelegate")
  static class LoadEvaluation extends Step implements ExecutionListener {
    LoadEvaluation(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void notify(DelegateExecution execution) {
      steps.view().showEvaluation(execution, execution.getProcessBusinessKey());
    }
  }

  /** Records each goal's outcome and closes the plan. */
  @Component("recordFinalEvaluationDelegate")
  static class RecordEvaluation extends Step implements JavaDelegate {
    RecordEvaluation(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      List<GoalEvaluation> outcomes = new ArrayList<>();
      for (FormValues row : steps.form(execution).rows(EVALUATION_GOALS)) {
        outcomes.add(
            new GoalEvaluation(
                goalId(row),
                row.enumValue("outcome", GoalOutcome.class, "Непознат резултат."),
                row.text("note")));
      }
      steps.plans().recordEvaluation(execution.getProcessBusinessKey(), outcomes, steps.user());
      execution.removeVariable(EVALUATION_GOALS);
    }
  }

  /** {@code housing-move-out}: the household leaves its unit; the plan's case is closed. */
  @Component("recordMoveOutDelegate")
  static class RecordMoveOut extends Step implements JavaDelegate {
    RecordMoveOut(HousingSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      String head = form.requiredText(HEAD, "Посочете регистрационния номер на титуляря.");
      steps
          .tenancies()
          .moveOut(
              head,
              form.date(MOVE_OUT, "Невалидна дата на напускане."),
              form.enumValue(MOVE_OUT_REASON, MoveOutReason.class, "Непозната причина."),
              form.text(MOVE_OUT_NOTE),
              steps.user());
      execution.removeVariable(MOVE_OUT_NOTE);
      execution.setProcessBusinessKey(head);
    }
  }
}
