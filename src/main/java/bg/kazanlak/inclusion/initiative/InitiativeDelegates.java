package bg.kazanlak.inclusion.initiative;

import static bg.kazanlak.inclusion.initiative.InitiativeVariables.ACTIVITY;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.ACTUAL_COST;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.APPROVAL_LEVEL;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.APPROVAL_OUTCOME;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.APPROVAL_ROUTE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.BUDGET_LINE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.CORRECTION_ACTION;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.CORRECTION_OUTCOME;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.CREW_ATTENDED;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.CREW_SIZE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.DATE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.DECISION;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.DECISION_COMMENT;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.FAMILY1_ATTENDED;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.FAMILY2_ATTENDED;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.FAMILY_MEMBERS;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.FAMILY_MINORITY;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.HELD;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.INITIATIVE_DATE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.JUSTIFICATION;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.KIND;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.MATERIALS;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.NEW_DATE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.NEW_INITIATIVE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.OVER_TARGET;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.PLACE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.PLANNED_COST;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.PREPARATION_ACTION;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.PREPARATION_OUTCOME;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.REASON;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.REMINDER_DUE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.REPORT_OUTCOME;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.RESIDENTS_ATTENDED;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.RESIDENTS_EXPECTED;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.SETTLEMENT;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.TITLE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.WORK_DONE;

import bg.kazanlak.inclusion.initiative.InitiativeRules.HeldReport;
import bg.kazanlak.inclusion.initiative.InitiativeService.Route;
import bg.kazanlak.inclusion.initiative.InitiativeService.Schedule;
import bg.kazanlak.inclusion.initiative.NewInitiative.NewFamily;
import bg.kazanlak.inclusion.process.FormValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of {@code initiative-approval}: read the variables, call {@link
 * InitiativeService}, set the variables the next step shows or the gateway reads. Each runs right
 * after the form it checks, so a refusal rolls the completion back and Tasklist shows the Bulgarian
 * message. The families' minority answers are removed from the case by the step that stores them.
 */
final class InitiativeDelegates {

  private InitiativeDelegates() {}

  /** A step, with what every initiative step may use ({@link InitiativeSteps}). */
  abstract static class Step {
    final InitiativeSteps steps;

    Step(InitiativeSteps steps) {
      this.steps = steps;
    }
  }

  /** The proposal of the start form or the correction form; the kind of a correction is kept. */
  private static NewInitiative fromForm(FormValues form, InitiativeKind kind) {
    List<NewFamily> families = new ArrayList<>();
    for (int i = 0; i < FAMILY_MEMBERS.size(); i++) {
      Boolean minority = form.bool(FAMILY_MINORITY.get(i));
      families.add(
          new NewFamily(people(form.text(FAMILY_MEMBERS.get(i))), Boolean.TRUE.equals(minority)));
    }
    return new NewInitiative(
        kind,
        form.text(TITLE),
        form.enumValue(ACTIVITY, Activity.class, "Изберете спорт или отдих."),
        form.date(DATE, "Невалидна дата на инициативата."),
        form.text(SETTLEMENT),
        families,
        form.text(PLACE),
        form.integer(CREW_SIZE, "Броят работници е цяло число."),
        form.integer(RESIDENTS_EXPECTED, "Броят жители е цяло число."),
        form.text(MATERIALS),
        form.amount(PLANNED_COST, "Невалидна сума."),
        form.text(BUDGET_LINE));
  }

  /** Registration numbers separated by commas, semicolons, spaces or new lines. */
  private static List<String> people(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static void forgetMinority(DelegateExecution execution) {
    FAMILY_MINORITY.forEach(execution::removeVariable);
  }

  /**
   * Checks and records the proposal; the initiative number becomes the business key. The proposer
   * is the signed-in user (the Tasklist start form, the API); only a call as the application names
   * the proposer in its request.
   */
  @Component("registerInitiativeDelegate")
  static class Register extends Step implements JavaDelegate {
    Register(InitiativeSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      RequestedInitiative fromCode =
          execution.getVariable(NEW_INITIATIVE) instanceof RequestedInitiative r ? r : null;
      NewInitiative proposal;
      if (fromCode != null) {
        proposal = fromCode.proposal();
      } else {
        FormValues form = steps.form(execution);
        proposal =
            fromForm(
                form,
                form.requiredEnumValue(
                    KIND, InitiativeKind.class, "Изберете вида на инициативата."));
      }
      String user = steps.user();
      Initiative initiative =
          steps
              .initiatives()
              .propose(
                  proposal, user != null ? user : fromCode == null ? null : fromCode.proposedBy());
      execution.removeVariable(NEW_INITIATIVE);
      forgetMinority(execution);
      execution.setProcessBusinessKey(initiative.initiativeNumber());
      steps.view().show(execution, initiative);
    }
  }

  /**
   * Who decides on the proposal as it is stored now, and whether it needs the manager's
   * justification: the values the approval gateways and the manager's form read.
   */
  @Component("routeInitiativeDelegate")
  static class RouteProposal extends Step implements JavaDelegate {
    RouteProposal(InitiativeSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      Route route = steps.initiatives().route(execution.getProcessBusinessKey());
      execution.setVariable(APPROVAL_ROUTE, route.approvers().name());
      execution.setVariable(OVER_TARGET, route.overTarget());
    }
  }

  /**
   * Records a decision and sets {@code approvalOutcome}, the one value the gateways read. The level
   * (FINANCE, MANAGER) is the task's input parameter, written in the model. The decision and its
   * texts are consumed here; a return's comment stays for the proposer to read.
   */
  @Component("recordInitiativeDecisionDelegate")
  static class RecordDecision extends Step implements JavaDelegate {
    RecordDecision(InitiativeSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      ApprovalOutcome outcome =
          steps
              .initiatives()
              .decide(
                  execution.getProcessBusinessKey(),
                  ApprovalLevel.valueOf((String) execution.getVariableLocal(APPROVAL_LEVEL)),
                  form.requiredEnumValue(DECISION, Decision.class, "Изберете решение."),
                  steps.user(),
                  form.text(DECISION_COMMENT),
                  form.text(JUSTIFICATION));
      execution.removeVariable(DECISION);
      execution.removeVariable(JUSTIFICATION);
      if (outcome != ApprovalOutcome.RETURNED) {
        execution.removeVariable(DECISION_COMMENT);
      }
      execution.setVariable(APPROVAL_OUTCOME, outcome.name());
    }
  }

  /** Applies the proposer's correction and shows it, or withdraws the proposal. */
  @Component("applyInitiativeCorrectionDelegate")
  static class ApplyCorrection extends Step implements JavaDelegate {
    ApplyCorrection(InitiativeSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      String number = execution.getProcessBusinessKey();
      boolean withdraw =
          "WITHDRAW"
              .equals(
                  form.requiredText(CORRECTION_ACTION, "Изберете: внасяне отново или оттегляне."));
      if (withdraw) {
        steps.initiatives().withdraw(number, steps.user());
        execution.setVariable(CORRECTION_OUTCOME, InitiativeStatus.WITHDRAWN.name());
      } else {
        InitiativeKind kind = steps.initiatives().get(number).kind();
        Initiative corrected =
            steps.initiatives().correct(number, fromForm(form, kind), steps.user());
        steps.view().show(execution, corrected);
        execution.setVariable(CORRECTION_OUTCOME, InitiativeStatus.PROPOSED.name());
      }
      forgetMinority(execution);
      execution.removeVariable(CORRECTION_ACTION);
      execution.removeVariable(DECISION_COMMENT);
    }
  }

  /** The approved initiative's day and the day of the reminder, for the two timers. */
  @Component("scheduleInitiativeDelegate")
  static class ScheduleDay extends Step implements JavaDelegate {
    ScheduleDay(InitiativeSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      Schedule schedule = steps.initiatives().schedule(execution.getProcessBusinessKey());
      execution.setVariable(INITIATIVE_DATE, schedule.date().toString());
      execution.setVariable(REMINDER_DUE, schedule.reminder().toString());
    }
  }

  /** Records the coordinator's answer to the reminder: confirmed, moved or cancelled. */
  @Component("recordInitiativePreparationDelegate")
  static class RecordPreparation extends Step implements JavaDelegate {
    RecordPreparation(InitiativeSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      String number = execution.getProcessBusinessKey();
      PreparationAction done =
          steps
              .initiatives()
              .prepare(
                  number,
                  form.requiredEnumValue(
                      PREPARATION_ACTION,
                      PreparationAction.class,
                      "Изберете: потвърждаване, пренасрочване или отмяна."),
                  form.date(NEW_DATE, "Невалидна нова дата."),
                  form.text(REASON),
                  steps.user());
      execution.removeVariable(PREPARATION_ACTION);
      execution.removeVariable(NEW_DATE);
      execution.removeVariable(REASON);
      if (done == PreparationAction.RESCHEDULE) {
        steps.view().show(execution, steps.initiatives().get(number));
      }
      execution.setVariable(PREPARATION_OUTCOME, done.name());
    }
  }

  /** Records the report: held, with who came and what it cost, or not held and why. */
  @Component("recordInitiativeReportDelegate")
  static class RecordReport extends Step implements JavaDelegate {
    RecordReport(InitiativeSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      String held = form.requiredText(HELD, "Изберете дали инициативата се е провела.");
      List<Integer> families = new ArrayList<>();
      families.add(form.integer(FAMILY1_ATTENDED, "Броят присъствали е цяло число."));
      families.add(form.integer(FAMILY2_ATTENDED, "Броят присъствали е цяло число."));
      InitiativeStatus status =
          steps
              .initiatives()
              .report(
                  execution.getProcessBusinessKey(),
                  "HELD".equals(held),
                  new HeldReport(
                      form.text(WORK_DONE),
                      form.amount(ACTUAL_COST, "Невалидна сума."),
                      families,
                      form.integer(RESIDENTS_ATTENDED, "Броят жители е цяло число."),
                      form.integer(CREW_ATTENDED, "Броят работници е цяло число.")),
                  form.text(REASON),
                  steps.user());
      execution.removeVariable(WORK_DONE);
      execution.removeVariable(REASON);
      execution.setVariable(REPORT_OUTCOME, status.name());
    }
  }

  /**
   * Books the cost of the initiative held (an asynchronous step, so the report's user does not wait
   * and a failure is retried; the ledger's keys make a retried job book nothing twice).
   */
  @Component("postInitiativeCostDelegate")
  static class PostCost extends Step implements JavaDelegate {
    PostCost(InitiativeSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.initiatives().postCost(execution.getProcessBusinessKey());
    }
  }
}
